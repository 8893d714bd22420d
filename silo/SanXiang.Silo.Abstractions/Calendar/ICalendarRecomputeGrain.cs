using Orleans.Concurrency;

namespace SanXiang.Silo.Calendar;

/// <summary>
/// Walks every tenant's open cases and asks each to recompute its deadlines, apart from
/// <see cref="ICalendarGrain"/> so that the administrator's change returns once it is stored and the
/// case grains can read the calendar while the sweep runs. Key: <see cref="GrainKeys.Platform"/>.
/// Reports to <see cref="ICalendarGrain.RecordRecomputeAsync"/>.
/// </summary>
public interface ICalendarRecomputeGrain : IGrainWithStringKey
{
    /// <summary>Starts a sweep for calendar <paramref name="version"/> or later; returns at once.</summary>
    [OneWay]
    Task RecomputeAsync(long version, string actor);
}
