using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Officers;

namespace SanXiang.Silo.Grains.Officers;

/// <summary>
/// Brings the public officer list up to every roster written before the list existed (or whose rows were lost): each
/// agency of the directory without a head row in <c>published_officer_heads</c> has its roster replace its rows. One
/// query finds them, so on a database that is up to date this costs that query and nothing more.
/// </summary>
public sealed class PublishedOfficersCatchUp(EventLogDatabase database, IGrainFactory grains)
{
    // Rosters rebuilt at once: enough to overlap their database round trips, few enough to leave the silo to its requests.
    private const int Parallelism = 8;

    /// <summary>Returns how many agencies' rows were replaced.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var missing = new List<string>();
        await using (var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false))
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT a.id FROM agency_directory a LEFT JOIN published_officer_heads h ON h.tenant = a.id WHERE h.tenant IS NULL ORDER BY a.id;";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                missing.Add(reader.GetString(0));
            }
        }

        await Parallel.ForEachAsync(
            missing,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (tenant, _) => await grains.GetGrain<IOfficerRosterGrain>(tenant).RebuildPublishedAsync().ConfigureAwait(false));
        return missing.Count;
    }
}
