namespace SanXiang.Web.CaseFiles;

/// <summary>The body of a refused case-file request: a stable code and a Chinese message.</summary>
public sealed record CaseFileError(string Code, string Message)
{
    public Task WriteAsync(HttpContext http, int status)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(this, http.RequestAborted);
    }
}
