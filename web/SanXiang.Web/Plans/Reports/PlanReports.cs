using System.Reflection;
using SanXiang.Domain.Errors;
using SanXiang.Plugins;
using SanXiang.Tenancy;
using SanXiang.Tenancy.Stores;
using SanXiang.Web.Cases;

namespace SanXiang.Web.Plans.Reports;

/// <summary>
/// 自查报告 and 工作总结 as .docx in the official document format (Documents/MARKUP.md), generated from the agency's plan
/// as it stands today for whoever may read that plan (the agency, and its supervising departments); and a department's
/// 年度考评表 of the agencies below it, for whoever may see the department.
/// </summary>
public sealed class PlanReports(PlanService plans, ITenantStore<SanXiangTenantInfo> tenants)
{
    public async Task<PlanReportFile> RenderAsync(CaseCaller caller, string tenantId, PlanReportKind kind)
    {
        if (kind == PlanReportKind.Assessment)
        {
            return await AssessmentAsync(caller, tenantId);
        }

        var standing = await plans.GetAsync(caller, tenantId)
            ?? throw new SanXiangException(ErrorCodes.PlanNotFound, "该机关尚未录入实施方案，无法生成报告。");
        var agency = await tenants.TryGetByIdentifierAsync(tenantId)
            ?? throw new SanXiangException(ErrorCodes.TenantNotFound, "找不到该机关。");
        var superior = agency.ParentId is { } parent ? (await tenants.TryGetByIdentifierAsync(parent))?.Name : null;
        var (template, title) = kind switch
        {
            PlanReportKind.SelfCheck => ("self-check.liquid", "自查报告"),
            PlanReportKind.Summary => ("summary.liquid", "工作总结"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        var values = PlanReportValues.Of(standing, agency.Name, superior, await plans.AgencyIndicatorsAsync(caller, tenantId));
        var bytes = DocumentRenderer.Render($"Plans/Reports/Templates/{template}", Source(template), values);
        return new PlanReportFile($"{agency.Name}{title}（{standing.Today:yyyyMMdd}）.docx", bytes);
    }

    // The department's table needs no plan of its own: only agencies below it, read as the dashboard's drill-down reads them.
    private async Task<PlanReportFile> AssessmentAsync(CaseCaller caller, string tenantId)
    {
        var rollup = await plans.RollupAsync(caller, tenantId);
        if (rollup.Descendants == 0)
        {
            throw new SanXiangException(ErrorCodes.PlanNotFound, "本机关没有下级机关，无法生成年度考评表。");
        }

        var values = AssessmentValues.Of(rollup, await plans.BranchesAsync(caller, tenantId), rollup.Day);
        var bytes = DocumentRenderer.Render("Plans/Reports/Templates/assessment.liquid", Source("assessment.liquid"), values);
        return new PlanReportFile($"{rollup.DepartmentName}年度考评表（{rollup.Day:yyyyMMdd}）.docx", bytes);
    }

    private static string Source(string template)
    {
        using var stream = typeof(PlanReports).Assembly.GetManifestResourceStream($"{typeof(PlanReports).Namespace}.Templates.{template}")
            ?? throw new InvalidOperationException($"The report template {template} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

public sealed record PlanReportFile(string FileName, byte[] Content);
