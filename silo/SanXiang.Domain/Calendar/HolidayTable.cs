using System.Globalization;

namespace SanXiang.Domain.Calendar;

/// <summary>
/// Reads the tab-separated holiday table (date, kind, holiday, source; lines starting with # are comments)
/// into one official <see cref="CalendarYear"/> per arrangement year.
/// </summary>
public static class HolidayTable
{
    private const string ResourceName = "SanXiang.Domain.Calendar.cn-holidays.tsv";

    /// <summary>The official arrangements shipped with the domain (the State Council General Office notices).</summary>
    public static IReadOnlyList<CalendarYear> LoadOfficial()
    {
        using var stream = typeof(HolidayTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded holiday table {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return Read(reader);
    }

    public static IReadOnlyList<CalendarYear> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entries = new List<CalendarEntry>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("date\t", StringComparison.Ordinal))
            {
                continue;
            }

            entries.Add(ParseLine(line, lineNumber));
        }

        return [.. entries
            .GroupBy(ArrangementYear)
            .OrderBy(group => group.Key)
            .Select(group => CalendarYear.Official(group.Key, group))];
    }

    // The 元旦 of year Y is announced with Y's arrangement even when it starts in the December before
    // (国办发明电〔2018〕15号: 2018-12-29 work, 12-30 and 12-31 off); those lines say nothing about the rest of Y−1.
    private static int ArrangementYear(CalendarEntry entry) =>
        entry.Date.Month == 12 && entry.Holiday == "元旦" ? entry.Date.Year + 1 : entry.Date.Year;

    private static CalendarEntry ParseLine(string line, int lineNumber)
    {
        var cells = line.Split('\t');
        if (cells.Length != 4)
        {
            throw new FormatException($"节假日表第{lineNumber}行应有4列（日期、类型、节日、来源），实际为{cells.Length}列。");
        }

        if (!DateOnly.TryParseExact(cells[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new FormatException($"节假日表第{lineNumber}行的日期“{cells[0]}”无效。");
        }

        var kind = cells[1] switch
        {
            "off" => DayKind.Off,
            "work" => DayKind.Work,
            _ => throw new FormatException($"节假日表第{lineNumber}行的类型“{cells[1]}”应为 off 或 work。"),
        };
        return new CalendarEntry(date, kind, cells[2], cells[3]);
    }
}
