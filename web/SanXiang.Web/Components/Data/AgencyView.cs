using SanXiang.Silo.Agencies;

namespace SanXiang.Web.Components.Data;

/// <summary>
/// One agency as its pages show it, or why it cannot be shown (its plan comes apart, from <see cref="IPlanConsoleData"/>). <see cref="CanEditStructure"/>: level,
/// sector and parent decide who supervises the agency, so only the platform administrator changes them.
/// <see cref="DocumentDefaults"/>: what its documents are filled with where the case knows nothing (缴款银行、复议机关、诉讼法院).
/// </summary>
public sealed record AgencyView(
    AgencyViewStatus Status,
    string TenantId,
    Agency? Agency = null,
    AgencyProfile? Parent = null,
    bool CanEdit = false,
    bool CanEditStructure = false,
    IReadOnlyDictionary<string, string>? DocumentDefaults = null)
{
    public static AgencyView NotFound(string tenantId) => new(AgencyViewStatus.NotFound, tenantId);

    public static AgencyView Forbidden(string tenantId) => new(AgencyViewStatus.Forbidden, tenantId);
}
