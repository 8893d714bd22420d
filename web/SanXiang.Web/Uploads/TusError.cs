namespace SanXiang.Web.Uploads;

/// <summary>
/// A refused tus request: the status, the stable code in <c>X-SanXiang-Error</c> and a short
/// Chinese message as a text/plain body (none for HEAD, which has no body by definition).
/// </summary>
internal sealed class TusError(int status, string code, string message) : IResult
{
    public int Status { get; } = status;

    public string Code { get; } = code;

    public string Message { get; } = message;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = Status;
        response.Headers[TusHeaders.ErrorCode] = Code;
        response.ContentType = "text/plain; charset=utf-8";
        return HttpMethods.IsHead(httpContext.Request.Method) ? Task.CompletedTask : response.WriteAsync(Message);
    }

    public static TusError NotFound() => new(StatusCodes.Status404NotFound, UploadErrorCodes.NotFound, "未找到该上传。");
}
