using SanXiang.Silo.Calendar;
using SanXiang.Domain.Errors;
using SanXiang.Web.Calendar;
using SanXiang.Web.Components.Calendar;

namespace SanXiang.Web.Tests.Calendar;

/// <summary>Keeps what the page sends; stores amendments as given (the grain's checks are tested on the grain).</summary>
internal sealed class FakeCalendarData : ICalendarData
{
    public CalendarSettings Settings { get; set; } = CalendarSettings.Official;

    public SanXiangException? RefuseWith { get; init; }

    public List<CalendarAmendmentDraft> Drafts { get; } = [];

    public DateOnly Today { get; init; } = new(2019, 3, 22);

    public Task<CalendarSettings> GetSettingsAsync() => Task.FromResult(Settings);

    public Task<CalendarSettings> AmendAsync(CalendarAmendmentDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Drafts.Add(draft);
        if (RefuseWith is not null)
        {
            throw RefuseWith;
        }

        var record = new CalendarAmendmentRecord(draft.Year, draft.Source, draft.Holidays, draft.Days, "admin", new DateTimeOffset(2019, 3, 22, 2, 0, 0, TimeSpan.Zero));
        Settings = Settings with { Amendments = [.. Settings.Amendments, record], Version = Settings.Version + 1 };
        return Task.FromResult(Settings);
    }

    public Task<CalendarSettings> SetProvisionalYearsAsync(IReadOnlyList<int> years)
    {
        Settings = Settings with { ProvisionalYears = [.. years], Version = Settings.Version + 1 };
        return Task.FromResult(Settings);
    }
}
