using SanXiang.Domain.Errors;
using SanXiang.Web.Cases;
using SanXiang.Web.Downloads;

namespace SanXiang.Web.Supervision;

/// <summary>
/// <c>GET /t/{tenant}/supervision/{inspection}/rectifications/{task}/notice.docx</c>: the 通报 draft of an overdue task, for
/// the department's supervisors. A refusal is <see cref="FileDownloads.Refusal(SanXiangException)"/>'s: its code and Chinese message, never a stack.
/// </summary>
internal static class RectificationNoticeEndpoint
{
    public const string Pattern = "/t/{tenant}/supervision/{inspection}/rectifications/{task}/notice.docx";

    public static string UrlFor(string departmentId, string inspectionId, string taskId) =>
        $"/t/{Uri.EscapeDataString(departmentId)}/supervision/{Uri.EscapeDataString(inspectionId)}/rectifications/{Uri.EscapeDataString(taskId)}/notice.docx";

    public static async Task<IResult> GetAsync(HttpContext http, string tenant, string inspection, string task, SupervisionService supervision)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(supervision);
        try
        {
            var bytes = await supervision.NoticeAsync(new CaseCaller(http.User), tenant, inspection, task);
            http.Response.Headers.CacheControl = "no-store";
            return Results.File(bytes, FileDownloads.WordDocument, $"整改逾期通报（{task}）.docx");
        }
        catch (SanXiangException e)
        {
            return FileDownloads.Refusal(e);
        }
    }
}
