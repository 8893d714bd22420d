using SanXiang.Domain.Calendar;
using SanXiang.Silo.Calendar;
using SanXiang.Domain.Errors;

namespace SanXiang.Silo.Grains.Calendar;

/// <summary>
/// The platform's changes over the official holiday table (DOMAIN.md §7). Every change is checked by
/// building the calendar it would give, so what is stored always turns into a calendar.
/// </summary>
public sealed class CalendarGrain(
    [PersistentState("calendar", Names.Storage)] IPersistentState<CalendarGrain.State> state,
    CalendarCachePush caches) : Grain, ICalendarGrain
{
    // Qingming's formula, and so a provisional year, covers 2001–2099; a notice outside that is a typing error.
    private const int FirstYear = Qingming.FirstYear;
    private const int LastYear = Qingming.LastYear;

    public Task<CalendarSettings> GetAsync() => Task.FromResult(state.State.Settings);

    public async Task<CalendarSettings> AmendAsync(CalendarAmendmentRecord amendment)
    {
        ArgumentNullException.ThrowIfNull(amendment);
        var record = Normalise(amendment);
        var current = state.State.Settings;
        var next = current with { Amendments = current.Amendments.Append(record).ToList(), Version = current.Version + 1 };
        Check(next);
        return await SaveAsync(next, record.Actor);
    }

    public async Task<CalendarSettings> SetProvisionalYearsAsync(IReadOnlyList<int> years, string actor)
    {
        ArgumentNullException.ThrowIfNull(years);
        RequireActor(actor);
        var outside = years.Where(year => year is < StatutoryHolidays.FirstYear or > StatutoryHolidays.LastYear).Distinct().Order().ToList();
        if (outside.Count > 0)
        {
            throw Invalid($"只能为{StatutoryHolidays.FirstYear}—{StatutoryHolidays.LastYear}年按法定节日推算临时日历，不能推算：{string.Join("、", outside)}年。");
        }

        var current = state.State.Settings;
        var next = current with { ProvisionalYears = years.Distinct().Order().ToList(), Version = current.Version + 1 };
        Check(next);
        return await SaveAsync(next, actor.Trim());
    }

    public async Task RecordRecomputeAsync(CalendarRecompute recompute)
    {
        ArgumentNullException.ThrowIfNull(recompute);
        var current = state.State.Settings;
        if (current.LastRecompute is { } last && last.Version > recompute.Version)
        {
            return;
        }

        state.State.Settings = current with { LastRecompute = recompute };
        await state.WriteStateAsync();
    }

    // Stored first, then every silo's cache is handed the new version (so the sweep cannot meet the old
    // calendar anywhere), then the open cases are asked to follow: a one-way call, so the administrator
    // does not wait for every case of every agency, and the case grains may read this grain during the sweep.
    private async Task<CalendarSettings> SaveAsync(CalendarSettings next, string actor)
    {
        state.State.Settings = next;
        await state.WriteStateAsync();
        await caches.ToEverySiloAsync(next);
        await GrainFactory.GetGrain<ICalendarRecomputeGrain>(GrainKeys.Platform).RecomputeAsync(next.Version, actor);
        return next;
    }

    private static CalendarAmendmentRecord Normalise(CalendarAmendmentRecord amendment)
    {
        RequireActor(amendment.Actor);
        if (amendment.Year is < FirstYear or > LastYear)
        {
            throw Invalid($"年份{amendment.Year}无效，只能录入{FirstYear}—{LastYear}年的放假安排。");
        }

        if (string.IsNullOrWhiteSpace(amendment.Source))
        {
            throw Invalid("请填写放假通知的文号或来源，例如“国办发明电〔2019〕3号”。");
        }

        var holidays = (amendment.Holidays ?? []).Select(holiday => holiday?.Trim() ?? string.Empty).ToList();
        if (holidays.Count == 0 || holidays.Any(holiday => holiday.Length == 0))
        {
            throw Invalid("请列出该通知替换的节日（如“劳动节”），节日名称不能为空。");
        }

        // A line without its own source comes from the amending notice itself, which is what the form sends.
        var source = amendment.Source.Trim();
        var days = (amendment.Days ?? [])
            .Select(day => day with { Holiday = day.Holiday?.Trim() ?? string.Empty, Source = string.IsNullOrWhiteSpace(day.Source) ? source : day.Source.Trim() })
            .OrderBy(day => day.Date)
            .ToList();
        return amendment with { Source = source, Holidays = holidays.Distinct(StringComparer.Ordinal).ToList(), Days = days, Actor = amendment.Actor.Trim() };
    }

    private static void Check(CalendarSettings settings)
    {
        try
        {
            _ = settings.ToCalendar();
        }
        catch (Exception exception) when (exception is ArgumentException or CalendarYearMissingException)
        {
            throw Invalid(DomainMessage.Of(exception));
        }
    }

    private static void RequireActor(string actor)
    {
        if (string.IsNullOrWhiteSpace(actor))
        {
            throw Invalid("缺少操作人，无法修改工作日历。");
        }
    }

    private static SanXiangException Invalid(string message) => new(ErrorCodes.ValidationFailed, message);

    // The state is stored as JSON with type names (JsonTextGrainStorageSerializer), so every list in it is a
    // List<T>: the types the compiler makes for collection expressions cannot be read back.
    [GenerateSerializer]
    public sealed class State
    {
        [Id(0)]
        public CalendarSettings Settings { get; set; } = CalendarSettings.Official;
    }
}
