using SanXiang.Domain.Errors;

namespace SanXiang.Web.Downloads;

/// <summary>
/// The generated documents' downloads: their media type, and how a download says no, the same for every generated document (plan reports, 通报 drafts, case files): JSON
/// <c>{ code, message }</c> with the stable code and its Chinese message, 403 for FORBIDDEN, 404 for a thing not found,
/// 409 for anything else the engine refused — never a stack, never a half-written file.
/// </summary>
internal static class FileDownloads
{
    public const string WordDocument = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static int StatusOf(string code) =>
        code == ErrorCodes.Forbidden ? StatusCodes.Status403Forbidden
        : code.EndsWith(ErrorCodes.NotFound, StringComparison.Ordinal) ? StatusCodes.Status404NotFound
        : StatusCodes.Status409Conflict;

    public static IResult Refusal(SanXiangException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return Refusal(refusal.Code, refusal.Message);
    }

    public static IResult Refusal(string code, string message) => Results.Json(new { code, message }, statusCode: StatusOf(code));
}
