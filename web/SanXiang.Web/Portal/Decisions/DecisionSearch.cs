using System.Globalization;
using SanXiang.Plugins;

namespace SanXiang.Web.Portal.Decisions;

/// <summary>
/// The portal's search form as the query string carries it (GET, so a search is a link anyone can share or cache):
/// text, category, a decision-day range, and the page's cursor. A malformed value is dropped with a note, never an error page.
/// </summary>
public sealed record DecisionSearch(string? Text, EnforcementCategory? Category, DateOnly? From, DateOnly? To, string? After, IReadOnlyList<string> Notes)
{
    public static DecisionSearch Parse(string? text, string? category, string? from, string? to, string? after)
    {
        var notes = new List<string>();
        var kind = string.IsNullOrEmpty(category) ? (EnforcementCategory?)null
            : Enum.TryParse<EnforcementCategory>(category, out var parsed) && Enum.IsDefined(parsed) ? parsed
            : Note<EnforcementCategory>(notes, "执法类别无效，已忽略。");
        var start = Day(from, notes, "起始日期");
        var end = Day(to, notes, "截止日期");
        if (start is { } s && end is { } e && s > e)
        {
            notes.Add("起始日期晚于截止日期，已忽略日期范围。");
            (start, end) = (null, null);
        }

        return new DecisionSearch(string.IsNullOrWhiteSpace(text) ? null : text.Trim(), kind, start, end, string.IsNullOrEmpty(after) ? null : after, notes);
    }

    private static DateOnly? Day(string? value, List<string> notes, string label) =>
        string.IsNullOrEmpty(value) ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= 1990 and <= 2100 ? day
        : Note<DateOnly>(notes, $"{label}应为年-月-日，已忽略。");

    private static T? Note<T>(List<string> notes, string note)
        where T : struct
    {
        notes.Add(note);
        return null;
    }

    /// <summary>The address of the next page: the same search after <paramref name="cursor"/>.</summary>
    public string NextPage(string agencyId, string cursor)
    {
        var query = new List<string>();
        Add(query, "q", Text);
        Add(query, "category", Category?.ToString());
        Add(query, "from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(query, "to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(query, "after", cursor);
        return $"/gs/{Uri.EscapeDataString(agencyId)}/decisions?{string.Join('&', query)}";
    }

    private static void Add(List<string> query, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            query.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }
}
