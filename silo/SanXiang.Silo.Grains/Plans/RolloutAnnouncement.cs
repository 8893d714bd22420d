using Microsoft.Extensions.Logging;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Plans;

namespace SanXiang.Silo.Grains.Plans;

/// <summary>
/// Tells the dashboards that what they count for an agency changed — its plan, its roster, its published decisions or an
/// inspection of it — on the agency's own stream and every department's above it (<see cref="RolloutStreams"/>), so a
/// console or a <c>rolloutChanged</c> subscription on any process reads the rollup again. The change is stored before this
/// is called, whatever happens here: a dashboard that missed the message shows it on its next read.
/// </summary>
internal static class RolloutAnnouncement
{
    public static async Task SendAsync(Grain grain, IGrainFactory grains, string tenantId, DateTimeOffset at, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(grain);
        ArgumentNullException.ThrowIfNull(grains);
        try
        {
            var change = new RolloutChange(tenantId, at);
            var streams = grain.GetStreamProvider(RolloutStreams.Provider);
            foreach (var agency in await grains.GetGrain<IAgencyQueryGrain>(GrainKeys.Platform).AncestorsAsync(tenantId))
            {
                await streams.GetStream<RolloutChange>(RolloutStreams.For(agency)).OnNextAsync(change);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogWarning(e, "The roll-out change of {Tenant} was stored but not announced to the dashboards.", tenantId);
        }
    }
}
