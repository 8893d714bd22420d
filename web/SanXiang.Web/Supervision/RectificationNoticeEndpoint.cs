using SanXiang.Domain.Errors;
using SanXiang.Web.Cases;

namespace SanXiang.Web.Supervision;

/// <summary>
/// <c>GET /t/{tenant}/supervision/{inspection}/rectifications/{task}/notice.docx</c>: the 通报 draft of an overdue task, for
/// the department's supervisors. A refusal answers 404 with its Chinese message (403 for FORBIDDEN), never a stack.
/// </summary>
internal static class RectificationNoticeEndpoint
{
    public const string Pattern = "/t/{tenant}/supervision/{inspection}/rectifications/{task}/notice.docx";

    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static string UrlFor(string departmentId, string inspectionId, string taskId) =>
        $"/t/{Uri.EscapeDataString(departmentId)}/supervision/{Uri.EscapeDataString(inspectionId)}/rectifications/{Uri.EscapeDataString(taskId)}/notice.docx";

    public static async Task<IResult> GetAsync(HttpContext http, string tenant, string inspection, string task, SupervisionService supervision)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(supervision);
        try
        {
            var bytes = await supervision.NoticeAsync(new CaseCaller(http.User), tenant, inspection, task);
            return Results.File(bytes, Docx, $"整改逾期通报（{task}）.docx");
        }
        catch (SanXiangException e)
        {
            return Results.Text(e.Message, "text/plain; charset=utf-8", statusCode: e.Code == ErrorCodes.Forbidden ? 403 : 404);
        }
    }
}
