using SanXiang.Silo.Calendar;

namespace SanXiang.Silo.Grains.Calendar;

/// <summary>
/// One per silo, on that silo (<see cref="Placement.SiloPinnedPlacement"/>): the way into its
/// <see cref="CalendarCache"/> from the platform calendar grain. Silo-internal, so it lives with the grains.
/// </summary>
public interface ICalendarCacheGrain : IGrainWithStringKey
{
    /// <summary>Hands the silo a calendar version; an older one than it holds is ignored.</summary>
    Task OfferAsync(CalendarSettings settings);
}
