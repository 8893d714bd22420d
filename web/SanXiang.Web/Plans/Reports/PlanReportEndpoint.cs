using SanXiang.Domain.Errors;
using SanXiang.Web.Cases;
using SanXiang.Web.Downloads;

namespace SanXiang.Web.Plans.Reports;

/// <summary>
/// <c>GET /t/{tenant}/plan/self-check.docx</c> and <c>/t/{tenant}/plan/summary.docx</c>: the plan's reports for a signed-in
/// reader of the plan; <c>/t/{tenant}/plan/assessment.docx</c>: the department's 年度考评表 of the agencies below it; a refusal is <see cref="FileDownloads.Refusal(SanXiangException)"/>'s (403 outside the reader's agencies, 404 without a plan).
/// </summary>
internal static class PlanReportEndpoint
{
    public const string Pattern = "/t/{tenant}/plan/{report}.docx";

    public static string PathOf(string tenantId, PlanReportKind kind)
    {
        var report = kind switch
        {
            PlanReportKind.SelfCheck => "self-check",
            PlanReportKind.Summary => "summary",
            PlanReportKind.Assessment => "assessment",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        return $"/t/{Uri.EscapeDataString(tenantId)}/plan/{report}.docx";
    }

    public static async Task<IResult> GetAsync(HttpContext http, string tenant, string report, PlanReports reports)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(reports);
        PlanReportKind? kind = report switch
        {
            "self-check" => PlanReportKind.SelfCheck,
            "summary" => PlanReportKind.Summary,
            "assessment" => PlanReportKind.Assessment,
            _ => null,
        };
        if (kind is null)
        {
            return FileDownloads.Refusal(ErrorCodes.NotFound, "没有这种报告。");
        }

        try
        {
            var file = await reports.RenderAsync(new CaseCaller(http.User), tenant, kind.Value);
            http.Response.Headers.CacheControl = "no-store";
            return Results.File(file.Content, FileDownloads.WordDocument, file.FileName);
        }
        catch (SanXiangException refusal)
        {
            return FileDownloads.Refusal(refusal);
        }
    }

}
