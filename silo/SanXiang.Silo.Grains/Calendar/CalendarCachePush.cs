using Microsoft.Extensions.Logging;
using SanXiang.Silo.Calendar;
using SanXiang.Silo.Grains.Placement;

namespace SanXiang.Silo.Grains.Calendar;

/// <summary>
/// Hands a new calendar version to the cache of every active silo and waits for them, so that when the
/// change returns, no silo of the cluster still serves the old calendar. An Orleans broadcast channel
/// would not do: it delivers to one grain per channel key, not to each silo. A silo that cannot be
/// reached is named in the log and catches up within <see cref="CalendarCache.MaxAge"/>; the change itself stands.
/// </summary>
public sealed class CalendarCachePush(IGrainFactory grains, IClusterMembershipService membership, ILogger<CalendarCachePush> logger)
{
    public async Task ToEverySiloAsync(CalendarSettings settings)
    {
        var silos = membership.CurrentSnapshot.Members.Values
            .Where(member => member.Status == SiloStatus.Active)
            .Select(member => member.SiloAddress)
            .ToList();
        await Task.WhenAll(silos.Select(silo => OfferAsync(silo, settings)));
    }

    private async Task OfferAsync(SiloAddress silo, CalendarSettings settings)
    {
        try
        {
            await grains.GetGrain<ICalendarCacheGrain>(SiloPinnedPlacement.KeyFor(silo)).OfferAsync(settings);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            logger.LogWarning(exception, "Calendar v{Version} did not reach silo {Silo}; it reads the calendar again within {MaxAge}.", settings.Version, silo, CalendarCache.MaxAge);
        }
    }
}
