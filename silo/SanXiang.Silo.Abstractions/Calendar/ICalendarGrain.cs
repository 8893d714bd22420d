namespace SanXiang.Silo.Calendar;

/// <summary>
/// The platform's working-day calendar (DOMAIN.md §7): the official table shipped with the domain,
/// plus the amendments and provisional years an administrator added. One grain, key
/// <see cref="GrainKeys.Platform"/>; the settings turn into a <c>WorkingDayCalendar</c> with
/// <see cref="CalendarSettingsExtensions.ToCalendar"/>.
/// </summary>
public interface ICalendarGrain : IGrainWithStringKey
{
    Task<CalendarSettings> GetAsync();

    /// <summary>
    /// Applies an amendment (a new notice replacing the lines of the holidays it names, or a whole
    /// year not yet in the table) and asks every open case to recompute its deadlines.
    /// VALIDATION_FAILED with the Chinese reason for an amendment the domain refuses.
    /// </summary>
    Task<CalendarSettings> AmendAsync(CalendarAmendmentRecord amendment);

    /// <summary>Years without official data that may be computed from the statutory holidays (marked provisional).</summary>
    Task<CalendarSettings> SetProvisionalYearsAsync(IReadOnlyList<int> years, string actor);

    /// <summary>Keeps the outcome of a sweep over the open cases (see <see cref="ICalendarRecomputeGrain"/>), unless a newer one is kept.</summary>
    Task RecordRecomputeAsync(CalendarRecompute recompute);
}
