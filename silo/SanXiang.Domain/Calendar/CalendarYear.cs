using System.Collections.Immutable;

namespace SanXiang.Domain.Calendar;

/// <summary>
/// The holiday arrangement of one year over the weekday rule: listed dates are off or work as listed,
/// any other Monday to Friday is a working day and any other Saturday or Sunday is off. A 元旦 arrangement
/// may reach back into the December before (2019: 2018-12-29..31), so entries of that month belong here too.
/// </summary>
public sealed class CalendarYear
{
    private CalendarYear(int year, bool provisional, string source, ImmutableSortedDictionary<DateOnly, CalendarEntry> entries)
    {
        Year = year;
        Provisional = provisional;
        Source = source;
        Entries = entries;
    }

    public int Year { get; }

    /// <summary>True when the arrangement was computed from the statutory holidays, not announced.</summary>
    public bool Provisional { get; }

    /// <summary>The notice(s) or rule the arrangement comes from.</summary>
    public string Source { get; }

    public ImmutableSortedDictionary<DateOnly, CalendarEntry> Entries { get; }

    public static CalendarYear Official(int year, IEnumerable<CalendarEntry> entries) => Create(year, provisional: false, source: null, entries);

    public static CalendarYear ProvisionalFrom(int year, string rule, IEnumerable<CalendarEntry> entries) => Create(year, provisional: true, rule, entries);

    /// <summary>
    /// Replaces the entries of the holidays the amendment names with its entries (2019: 国办发明电〔2019〕3号
    /// replaced the 劳动节 lines of 国办发明电〔2018〕15号). The other holidays stay as they were.
    /// </summary>
    public CalendarYear Amend(CalendarAmendment amendment)
    {
        ArgumentNullException.ThrowIfNull(amendment);
        if (amendment.Year != Year)
        {
            throw new ArgumentException($"修改通知针对{amendment.Year}年，不能用于{Year}年的安排。", nameof(amendment));
        }

        var kept = Entries.Values.Where(entry => !amendment.Holidays.Contains(entry.Holiday));
        return Create(Year, Provisional, source: null, kept.Concat(amendment.Entries));
    }

    /// <summary>Whether an entry for <paramref name="date"/> may belong to this year's arrangement.</summary>
    public bool Covers(DateOnly date) => Belongs(Year, date);

    private static CalendarYear Create(int year, bool provisional, string? source, IEnumerable<CalendarEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var builder = ImmutableSortedDictionary.CreateBuilder<DateOnly, CalendarEntry>();
        foreach (var entry in entries)
        {
            if (!Belongs(year, entry.Date))
            {
                throw new ArgumentException($"{entry.Date:yyyy-MM-dd}不属于{year}年的放假安排。", nameof(entries));
            }

            if (!builder.TryAdd(entry.Date, entry))
            {
                throw new ArgumentException($"{year}年的放假安排中{entry.Date:yyyy-MM-dd}出现了两次。", nameof(entries));
            }
        }

        var sources = source ?? string.Join("；", builder.Values.Select(entry => entry.Source).Distinct());
        return new CalendarYear(year, provisional, sources, builder.ToImmutable());
    }

    private static bool Belongs(int year, DateOnly date) => date.Year == year || (date.Year == year - 1 && date.Month == 12);
}
