namespace SanXiang.Silo.Calendar;

/// <summary>What the administrator changed over the official table, in the order it was changed.</summary>
/// <param name="Version">Grows with every change, so a case can tell its deadlines were computed on an older calendar.</param>
[GenerateSerializer, Immutable]
public sealed record CalendarSettings(
    [property: Id(0)] IReadOnlyList<CalendarAmendmentRecord> Amendments,
    [property: Id(1)] IReadOnlyList<int> ProvisionalYears,
    [property: Id(2)] long Version)
{
    /// <summary>Nothing changed yet. A new instance each time: a deserializer that fills the object a grain state already
    /// holds (Newtonsoft, Orleans' default storage serializer) would otherwise write another cluster's settings into a shared one.</summary>
    public static CalendarSettings Official => new([], [], 0);

    /// <summary>The last sweep over the open cases' deadlines; null before the first change.</summary>
    [Id(3)]
    public CalendarRecompute? LastRecompute { get; init; }
}
