using System.Globalization;
using GraphQL;
using SanXiang.Silo.Calendar;

namespace SanXiang.Web.GraphQL.Schema.Calendar;

/// <summary>What the administrator changed over the official table, and the last recomputation of open deadlines.</summary>
[Name("CalendarSettings")]
public sealed class CalendarSettingsNode(CalendarSettings settings)
{
    /// <summary>Grows with every change.</summary>
    public int Version => checked((int)settings.Version);

    public IEnumerable<int> ProvisionalYears => settings.ProvisionalYears;

    public IEnumerable<CalendarAmendmentNode> Amendments => settings.Amendments.Select(amendment => new CalendarAmendmentNode(amendment));

    public CalendarRecomputeNode? LastRecompute => settings.LastRecompute is { } last ? new CalendarRecomputeNode(last) : null;

    internal static string Instant(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
