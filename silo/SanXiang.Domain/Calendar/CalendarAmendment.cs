using System.Collections.Immutable;

namespace SanXiang.Domain.Calendar;

/// <summary>
/// A notice that changes a year's arrangement for the named holidays: their entries are replaced by
/// <see cref="Entries"/>, which all carry the amendment's source. Naming a holiday with no entries removes it.
/// </summary>
public sealed class CalendarAmendment
{
    public CalendarAmendment(int year, string source, IEnumerable<string> holidays, IEnumerable<CalendarEntry> entries)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(holidays);
        ArgumentNullException.ThrowIfNull(entries);
        Year = year;
        Source = source;
        Holidays = [.. holidays];
        Entries = [.. entries];
        foreach (var entry in Entries)
        {
            if (!Holidays.Contains(entry.Holiday))
            {
                throw new ArgumentException($"{entry.Date:yyyy-MM-dd}属于“{entry.Holiday}”，但修改通知没有点名该节日。", nameof(entries));
            }

            if (entry.Source != source)
            {
                throw new ArgumentException($"{entry.Date:yyyy-MM-dd}的来源“{entry.Source}”与修改通知“{source}”不一致。", nameof(entries));
            }
        }
    }

    public int Year { get; }

    public string Source { get; }

    public ImmutableHashSet<string> Holidays { get; }

    public ImmutableArray<CalendarEntry> Entries { get; }
}
