using Microsoft.Extensions.Logging;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Plans;

namespace SanXiang.Silo.Host.Catalog;

/// <summary>
/// Writes a checked catalog into the grains: supervising departments first, so that an agency's
/// parent is known before the agency, then each agency and its plan. The grains decide what is
/// written: nothing when they hold the same catalog version, nothing once an administrator has
/// edited them.
/// </summary>
public sealed partial class CatalogSeeder(IGrainFactory grains, ILogger<CatalogSeeder> logger)
{
    /// <summary>Returns how many agencies and plans were written; zero when nothing changed.</summary>
    public async Task<int> SeedAsync(SeedCatalog catalog, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var written = 0;
        foreach (var entry in catalog.Departments.Concat(catalog.Agencies))
        {
            cancellationToken.ThrowIfCancellationRequested();
            written += await SeedEntryAsync(entry);
        }

        LogSeeded(catalog.Departments.Count, catalog.Agencies.Count, written);
        return written;
    }

    private async Task<int> SeedEntryAsync(CatalogEntry entry)
    {
        var written = 0;
        if (await grains.GetGrain<IAgencyGrain>(entry.Id).SeedAsync(entry.Agency, entry.Version))
        {
            written++;
        }

        if (entry.Plan is { } plan && await grains.GetGrain<IPlanGrain>(entry.Id).SeedAsync(plan, entry.Version))
        {
            written++;
        }

        return written;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalog seeded: {Departments} departments, {Agencies} agencies; {Written} grains written (0 means unchanged or edited by an administrator).")]
    private partial void LogSeeded(int departments, int agencies, int written);
}
