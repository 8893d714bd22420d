using SanXiang.Silo.Supervision;

namespace SanXiang.Web.Components.Data;

/// <summary>The 监督线索 panel's data: the findings of an agency's subtree and 忽略, as the signed-in user may.</summary>
public interface IFindingConsoleData
{
    Task<FindingPage> ListAsync(string tenantId, FindingStatus status, int first, string? after);

    /// <summary>What the user is to the agency: its head (the agency page shows heads the panel), and whether he may dismiss findings about agencies below it.</summary>
    Task<FindingViewer> ViewerAsync(string tenantId);

    Task<Finding> DismissAsync(string tenantId, string findingId, string? reason);
}
