using System.Globalization;

namespace SanXiang.Web.Components.Plans;

/// <summary>
/// The Gantt-style geometry of a plan's phases: one bar per phase on a shared date axis, month ticks, and where today
/// falls. The axis covers the phases; it stretches to take in today only when today is near them (within
/// <see cref="TodayReach"/>), because a 2019 plan read in 2026 would otherwise shrink every bar to a sliver — then
/// the chart says on which side today lies instead of drawing its line.
/// </summary>
public sealed class PhaseChart
{
    /// <summary>The width of the drawing in SVG units; the SVG scales to its container.</summary>
    public const double Width = 720;

    /// <summary>An open last phase ("…开始", no end) is drawn this long, fading out.</summary>
    private const int OpenPhaseDays = 60;

    private const double Margin = 8;

    private static readonly TimeSpan TodayReach = TimeSpan.FromDays(92);

    private PhaseChart(DateOnly first, DateOnly last, PhaseTimeline timeline)
    {
        First = first;
        Last = last;
        Today = timeline.Today;
        Bars = timeline.Entries
            .Select(e =>
            {
                var end = e.LastDay ?? Max(e.Phase.Start.AddDays(OpenPhaseDays), last);
                return new PhaseBar(e.Phase.Name, e.Phase.Start, e.LastDay, XOf(e.Phase.Start), XOf(end.AddDays(1)), e.State);
            })
            .ToList();
        Ticks = MonthTicks().ToList();
    }

    public DateOnly First { get; }

    /// <summary>The last day the axis shows.</summary>
    public DateOnly Last { get; }

    public DateOnly Today { get; }

    public IReadOnlyList<PhaseBar> Bars { get; }

    public IReadOnlyList<AxisTick> Ticks { get; }

    /// <summary>Where today's line is drawn, or null when today lies off the axis (see <see cref="TodaySide"/>).</summary>
    public double? TodayX => Today >= First && Today <= Last ? XOf(Today) + (DayWidth / 2) : null;

    /// <summary>-1 when today is before the axis, 1 after it, 0 on it.</summary>
    public int TodaySide => Today < First ? -1 : Today > Last ? 1 : 0;

    private double DayWidth => (Width - (2 * Margin)) / (Last.DayNumber - First.DayNumber + 1);

    /// <summary>The chart of <paramref name="timeline"/>, or null when the plan lists no phases.</summary>
    public static PhaseChart? Of(PhaseTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        if (timeline.Entries.Count == 0)
        {
            return null;
        }

        var first = timeline.Entries.Min(e => e.Phase.Start);
        var last = timeline.Entries.Max(e => e.LastDay ?? e.Phase.Start.AddDays(OpenPhaseDays));
        var today = timeline.Today;
        var reach = (int)TodayReach.TotalDays;
        if (today < first && first.DayNumber - today.DayNumber <= reach)
        {
            first = today;
        }
        else if (today > last && today.DayNumber - last.DayNumber <= reach)
        {
            last = today;
        }

        return new PhaseChart(first, last, timeline);
    }

    public double XOf(DateOnly date) => Margin + ((date.DayNumber - First.DayNumber) * DayWidth);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>The first of each month on the axis (every third month past two years), labelled with the year in January and at the first tick.</summary>
    private IEnumerable<AxisTick> MonthTicks()
    {
        var months = ((Last.Year - First.Year) * 12) + Last.Month - First.Month;
        var step = months > 24 ? 3 : 1;
        var month = new DateOnly(First.Year, First.Month, 1);
        if (month < First)
        {
            month = month.AddMonths(1);
        }

        for (var first = true; month <= Last; month = month.AddMonths(step), first = false)
        {
            var label = first || month.Month <= step
                ? month.ToString("yyyy年M月", CultureInfo.InvariantCulture)
                : month.ToString("M月", CultureInfo.InvariantCulture);
            yield return new AxisTick(XOf(month), label);
        }
    }
}

/// <summary>One phase drawn from <see cref="X"/> to <see cref="EndX"/>; <see cref="LastDay"/> null for an open phase.</summary>
public sealed record PhaseBar(string Name, DateOnly Start, DateOnly? LastDay, double X, double EndX, PhaseState State)
{
    public bool Open => LastDay is null;
}

public sealed record AxisTick(double X, string Label);
