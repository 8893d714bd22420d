namespace SanXiang.Web.Components.Cases;

/// <summary>The console's case addresses, under the agency's route.</summary>
public static class CaseLinks
{
    public static string List(string tenant) => $"/t/{Uri.EscapeDataString(tenant)}/cases";

    /// <summary>The cases the signed-in officer acts on (我的案件), overdue first.</summary>
    public static string MyCases(string tenant) => $"/t/{Uri.EscapeDataString(tenant)}/my-cases";

    public static string Case(string tenant, string caseId) => $"{List(tenant)}/{Uri.EscapeDataString(caseId)}";

    /// <summary>The agency's legal-review queue (法制审核待办).</summary>
    public static string Reviews(string tenant) => $"/t/{Uri.EscapeDataString(tenant)}/reviews";

    /// <summary>The case-file export (案卷, zip) the casefile branch serves.</summary>
    public static string CaseFile(string tenant, string caseId) => $"{Case(tenant, caseId)}/case-file.zip";
}
