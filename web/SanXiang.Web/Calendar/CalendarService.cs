using System.Security.Claims;
using SanXiang.Domain.Calendar;
using SanXiang.Domain.Text;
using SanXiang.Silo;
using SanXiang.Silo.Calendar;
using SanXiang.Domain.Errors;
using SanXiang.Web.Auth;

namespace SanXiang.Web.Calendar;

/// <summary>
/// The platform calendar for the console and the API: anyone signed in reads it; only the platform
/// administrator changes it (DOMAIN.md §7: editable when the next notice comes out).
/// </summary>
public sealed class CalendarService(IGrainFactory grains, TimeProvider clock)
{
    private ICalendarGrain Grain => grains.GetGrain<ICalendarGrain>(GrainKeys.Platform);

    public Task<CalendarSettings> GetSettingsAsync() => Grain.GetAsync();

    public async Task<CalendarYearView> GetYearAsync(int year)
    {
        var settings = await GetSettingsAsync();
        return CalendarYearView.For(settings, year)
            ?? throw new SanXiangException(ErrorCodes.CalendarYearMissing, new CalendarYearMissingException(year).Message);
    }

    public async Task<CalendarAnswer<DateOnly>> AddWorkingDaysAsync(DateOnly from, int days)
    {
        if (Math.Abs(days) > 366)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, "工作日数不能超过366天。");
        }

        var calendar = (await GetSettingsAsync()).ToCalendar();
        try
        {
            return calendar.AddWorkingDays(from, days);
        }
        catch (CalendarYearMissingException missing)
        {
            throw new SanXiangException(ErrorCodes.CalendarYearMissing, missing.Message);
        }
    }

    public Task<CalendarSettings> AmendAsync(ClaimsPrincipal user, CalendarAmendmentDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var actor = RequireAdministrator(user, "修改工作日历");
        var source = TextArguments.Accept(TextFields.NoticeSource, draft.Source);
        TextArguments.RequireCount(draft.Days.Count, "调整的日期");
        return Grain.AmendAsync(new CalendarAmendmentRecord(draft.Year, source, [.. draft.Holidays], [.. draft.Days], actor, clock.GetUtcNow()));
    }

    public Task<CalendarSettings> SetProvisionalYearsAsync(ClaimsPrincipal user, IReadOnlyList<int> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var actor = RequireAdministrator(user, "设置临时推算年度");
        return Grain.SetProvisionalYearsAsync([.. years], actor);
    }

    private static string RequireAdministrator(ClaimsPrincipal user, string what)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsPlatformAdmin())
        {
            throw new SanXiangException(ErrorCodes.Forbidden, $"只有平台管理员可以{what}。");
        }

        return user.Identity?.Name ?? "platform-admin";
    }
}
