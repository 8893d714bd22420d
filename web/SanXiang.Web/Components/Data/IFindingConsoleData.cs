using SanXiang.Silo.Supervision;
using SanXiang.Web.Supervision;

namespace SanXiang.Web.Components.Data;

/// <summary>The 监督线索 panel's data: the findings of an agency's subtree, 忽略 and 转为整改任务, as the signed-in user may.</summary>
public interface IFindingConsoleData
{
    Task<FindingPage> ListAsync(string tenantId, FindingStatus status, int first, string? after);

    /// <summary>What the user is to the agency: its head (the agency page shows heads the panel), and whether he may dismiss findings about agencies below it.</summary>
    Task<FindingViewer> ViewerAsync(string tenantId);

    Task<Finding> DismissAsync(string tenantId, string findingId, string? reason);

    /// <summary>What the 转为整改任务 form offers the department for a finding about <paramref name="agencyId"/>.</summary>
    Task<FindingConversionChoices> ConversionChoicesAsync(string tenantId, string agencyId);

    /// <summary>转为整改任务: into <paramref name="inspectionId"/>, or into a 专项监督检查 opened for it when null.</summary>
    Task<ConvertedFinding> ConvertAsync(string tenantId, string findingId, string? inspectionId, string responsibleAgencyId, DateOnly deadline, string? problem);
}
