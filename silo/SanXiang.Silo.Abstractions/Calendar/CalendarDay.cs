namespace SanXiang.Silo.Calendar;

/// <summary>One dated line: off (放假) or a weekend day made a working day (调休上班), its holiday and notice.</summary>
[GenerateSerializer, Immutable]
public sealed record CalendarDay(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] bool Off,
    [property: Id(2)] string Holiday,
    [property: Id(3)] string Source);
