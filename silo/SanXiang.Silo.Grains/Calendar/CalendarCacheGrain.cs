using SanXiang.Silo.Calendar;
using SanXiang.Silo.Grains.Placement;

namespace SanXiang.Silo.Grains.Calendar;

[SiloPinnedPlacement]
public sealed class CalendarCacheGrain(CalendarCache cache) : Grain, ICalendarCacheGrain
{
    public Task OfferAsync(CalendarSettings settings)
    {
        cache.Offer(settings);
        return Task.CompletedTask;
    }
}
