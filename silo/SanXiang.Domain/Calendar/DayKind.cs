namespace SanXiang.Domain.Calendar;

/// <summary>What an official arrangement makes of a date: a day off (放假) or a weekend day made a working day (调休上班).</summary>
public enum DayKind
{
    Off,
    Work,
}
