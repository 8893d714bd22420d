using Microsoft.AspNetCore.Components.Authorization;
using SanXiang.Silo.Calendar;
using SanXiang.Web.Calendar;
using SanXiang.Web.Components.Data;

namespace SanXiang.Web.Components.Calendar;

public sealed class GrainCalendarData(CalendarService calendar, AuthenticationStateProvider authentication, IConsoleData console) : ICalendarData
{
    public DateOnly Today => console.Today;

    public Task<CalendarSettings> GetSettingsAsync() => calendar.GetSettingsAsync();

    public async Task<CalendarSettings> AmendAsync(CalendarAmendmentDraft draft) =>
        await calendar.AmendAsync((await authentication.GetAuthenticationStateAsync()).User, draft);

    public async Task<CalendarSettings> SetProvisionalYearsAsync(IReadOnlyList<int> years) =>
        await calendar.SetProvisionalYearsAsync((await authentication.GetAuthenticationStateAsync()).User, years);
}
