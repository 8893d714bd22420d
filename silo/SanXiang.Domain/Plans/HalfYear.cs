namespace SanXiang.Domain.Plans;

/// <summary>
/// The period a long-term task reports in. The plans ask for "年初有计划，年中有检查，年终有考核" (玉溪, DOMAIN.md §5) and
/// supervision flags "a long-term ledger task with no check-in this half-year" (DOMAIN.md §10): a half-year, January–June
/// or July–December.
/// </summary>
public readonly record struct HalfYear(int Year, bool Second)
{
    public DateOnly Start => new(Year, Second ? 7 : 1, 1);

    public DateOnly End => Second ? new DateOnly(Year, 12, 31) : new DateOnly(Year, 6, 30);

    public HalfYear Next => Second ? new HalfYear(Year + 1, false) : new HalfYear(Year, true);

    public static HalfYear Later(HalfYear a, HalfYear b) => a.Start >= b.Start ? a : b;

    public static HalfYear Of(DateOnly day) => new(day.Year, day.Month > 6);
}
