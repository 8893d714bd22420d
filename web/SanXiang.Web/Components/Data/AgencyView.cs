using SanXiang.Silo.Agencies;
using SanXiang.Silo.Plans;

namespace SanXiang.Web.Components.Data;

/// <summary>
/// One agency as its pages show it, or why it cannot be shown. <see cref="CanEditStructure"/>: level,
/// sector and parent decide who supervises the agency, so only the platform administrator changes them.
/// </summary>
public sealed record AgencyView(
    AgencyViewStatus Status,
    string TenantId,
    Agency? Agency = null,
    ImplementationPlan? Plan = null,
    AgencyProfile? Parent = null,
    bool CanEdit = false,
    bool CanEditStructure = false)
{
    public static AgencyView NotFound(string tenantId) => new(AgencyViewStatus.NotFound, tenantId);

    public static AgencyView Forbidden(string tenantId) => new(AgencyViewStatus.Forbidden, tenantId);
}
