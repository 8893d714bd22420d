using System.Reflection;
using SanXiang.Domain.Errors;
using SanXiang.Plugins;
using SanXiang.Tenancy;
using SanXiang.Tenancy.Stores;
using SanXiang.Web.Cases;

namespace SanXiang.Web.Plans.Reports;

/// <summary>
/// 自查报告 and 工作总结 as .docx in the official document format (Documents/MARKUP.md), generated from the agency's plan
/// as it stands today for whoever may read that plan (the agency, and its supervising departments).
/// </summary>
public sealed class PlanReports(PlanService plans, ITenantStore<SanXiangTenantInfo> tenants)
{
    public async Task<PlanReportFile> RenderAsync(CaseCaller caller, string tenantId, PlanReportKind kind)
    {
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

    private static string Source(string template)
    {
        using var stream = typeof(PlanReports).Assembly.GetManifestResourceStream($"{typeof(PlanReports).Namespace}.Templates.{template}")
            ?? throw new InvalidOperationException($"The report template {template} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

public sealed record PlanReportFile(string FileName, byte[] Content);
