using SanXiang.Silo.Agencies;

namespace SanXiang.Tenancy;

/// <summary>An agency as a tenant. The identifier is the agency id (used in <c>/t/{tenant}/…</c>).</summary>
public sealed record SanXiangTenantInfo(string Id, string Name, AgencyLevel Level, string Sector, string? ParentId) : ITenantInfo
{
    public string Identifier => Id;

    public static SanXiangTenantInfo From(AgencyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new SanXiangTenantInfo(profile.Id, profile.Name, profile.Level, profile.Sector, profile.ParentId);
    }
}
