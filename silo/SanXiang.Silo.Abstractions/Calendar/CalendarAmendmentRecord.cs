namespace SanXiang.Silo.Calendar;

/// <summary>
/// A notice amending one year's arrangement (2019: 国办发明电〔2019〕3号 moved 劳动节): the holidays it
/// names lose their old lines and get <see cref="Days"/>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CalendarAmendmentRecord(
    [property: Id(0)] int Year,
    [property: Id(1)] string Source,
    [property: Id(2)] IReadOnlyList<string> Holidays,
    [property: Id(3)] IReadOnlyList<CalendarDay> Days,
    [property: Id(4)] string Actor,
    [property: Id(5)] DateTimeOffset At);
