using SanXiang.Silo.Calendar;
using SanXiang.Web.Calendar;

namespace SanXiang.Web.Components.Calendar;

/// <summary>What the /calendar page reads and changes; the user comes from the circuit's authentication state.</summary>
public interface ICalendarData
{
    Task<CalendarSettings> GetSettingsAsync();

    /// <summary>A <see cref="Silo.Errors.SanXiangException"/> carries the Chinese reason an amendment was refused.</summary>
    Task<CalendarSettings> AmendAsync(CalendarAmendmentDraft draft);

    Task<CalendarSettings> SetProvisionalYearsAsync(IReadOnlyList<int> years);

    DateOnly Today { get; }
}
