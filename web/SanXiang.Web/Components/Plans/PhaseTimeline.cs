using SanXiang.Silo.Plans;

namespace SanXiang.Web.Components.Plans;

/// <summary>
/// Where today stands in a plan's phases. A phase the plan leaves open ("2019年9月上旬开始")
/// runs until the next phase starts; the last open phase runs on.
/// </summary>
public sealed class PhaseTimeline
{
    private PhaseTimeline(IReadOnlyList<(PlanPhase Phase, DateOnly? LastDay, PhaseState State)> entries, DateOnly today)
    {
        Entries = entries;
        Today = today;
    }

    public IReadOnlyList<(PlanPhase Phase, DateOnly? LastDay, PhaseState State)> Entries { get; }

    public DateOnly Today { get; }

    public PlanPhase? Current => Entries.FirstOrDefault(e => e.State == PhaseState.Current).Phase;

    public bool AllPast => Entries.Count > 0 && Entries.All(e => e.State == PhaseState.Past);

    public bool NotStarted => Entries.Count > 0 && Entries.All(e => e.State == PhaseState.Future);

    /// <summary>One sentence for the reader: which phase today is in, or that the plan is over or has not begun.</summary>
    public string Statement
    {
        get
        {
            var today = Today.ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture);
            if (Entries.Count == 0)
            {
                return "实施方案未列出实施步骤。";
            }

            if (Current is { } current)
            {
                return $"今天（{today}）处于“{current.Name}”阶段。";
            }

            if (AllPast)
            {
                return $"今天（{today}）：各实施步骤均已结束。";
            }

            if (NotStarted)
            {
                return $"今天（{today}）：实施步骤尚未开始。";
            }

            var next = Entries.First(e => e.State == PhaseState.Future).Phase;
            return $"今天（{today}）处于两个阶段之间，下一阶段为“{next.Name}”。";
        }
    }

    public static PhaseTimeline Of(IReadOnlyList<PlanPhase> phases, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(phases);
        var ordered = phases.OrderBy(p => p.Start).ToList();
        var entries = new List<(PlanPhase, DateOnly?, PhaseState)>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var phase = ordered[i];
            var lastDay = phase.End ?? (i + 1 < ordered.Count ? ordered[i + 1].Start.AddDays(-1) : null);
            var state = today < phase.Start ? PhaseState.Future
                : lastDay is { } last && today > last ? PhaseState.Past
                : PhaseState.Current;
            entries.Add((phase, lastDay, state));
        }

        return new PhaseTimeline(entries, today);
    }
}
