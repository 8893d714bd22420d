using SanXiang.Plugins;
using SanXiang.Silo;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Sectors;

namespace SanXiang.Web.CaseFiles;

/// <summary>
/// The order of 卷内目录: the document kinds of the case-file standard (案卷标准) that the agency's sector
/// plugin sets for the case's category, so the index files documents as the sector's archive rules do.
/// </summary>
public sealed class CaseFileStandardOrder(IGrainFactory grains, ISectorRegistry sectors)
{
    /// <summary>Null when the category, the agency, its sector's plugin or the standard is unknown: the index then lists documents as issued.</summary>
    public async Task<IReadOnlyList<string>?> ForAsync(string tenantId, string? category)
    {
        if (!Enum.TryParse<EnforcementCategory>(category, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed))
        {
            return null;
        }

        var agency = await AgencyAsync(tenantId);
        var standard = agency is null ? null : sectors.Find(agency.Profile.Sector)?.CaseFileStandards.FirstOrDefault(s => s.Category == parsed);
        return standard is null ? null : [.. standard.Items.Select(i => i.DocumentKind)];
    }

    // On behalf of the case's own tenant (the caller may be its supervisor); an async method of its own, so the context ends with it.
    private Task<Agency?> AgencyAsync(string tenantId) => TenantCallContext.RunAsync(tenantId, () => grains.GetGrain<IAgencyGrain>(tenantId).GetAsync());
}
