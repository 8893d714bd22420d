using SanXiang.Domain.Plans;
using SanXiang.Silo.Plans;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>
/// An agency's plan as dated counts (<c>plan_agency_dates</c>): what a rollup for any day needs, from the dates the Domain
/// computed for each item (<see cref="Domain.Plans.PlanItemDates"/>). A "from" measure counts on a day D the rows dated on
/// or before D; <see cref="CompleteDeliverables"/> and <see cref="CompleteTasks"/> count those dated on or after D.
/// </summary>
public static class PlanRollupMeasures
{
    public const string Plans = "plans";
    public const string Deliverables = "deliverables";
    public const string Tasks = "tasks";
    public const string OverdueDeliverables = "overdue_deliverables";
    public const string OverdueTasks = "overdue_tasks";
    public const string CompleteDeliverables = "complete_deliverables";
    public const string CompleteTasks = "complete_tasks";
    public const string AgencyOverdue = "agency_overdue";

    /// <summary>Dated items (deliverables, ledger tasks with a date) counted from the day after their due date.</summary>
    public const string DatedDue = "dated_due";

    /// <summary>Of those, the ones done by their due date.</summary>
    public const string DatedOnTime = "dated_on_time";

    public const string PhaseStarts = "phase_starts";
    public const string PhaseEnds = "phase_ends";

    /// <summary>Every measure of the plan: the rows a plan's write replaces (the agency's other sources keep theirs).</summary>
    public static readonly IReadOnlyList<string> All =
        [Plans, Deliverables, Tasks, OverdueDeliverables, OverdueTasks, CompleteDeliverables, CompleteTasks, AgencyOverdue, DatedDue, DatedOnTime, PhaseStarts, PhaseEnds];

    /// <summary>The measures counted on or after the day; every other counts on or before it.</summary>
    public static readonly IReadOnlyList<string> UntilMeasures = [CompleteDeliverables, CompleteTasks];

    public static IReadOnlyDictionary<(string Measure, string Name, DateOnly Day), int> Of(PlanRecord? record)
    {
        var counts = new Dictionary<(string, string, DateOnly), int>();
        if (record is null)
        {
            return counts;
        }

        void Add(string measure, DateOnly? day, string name = "")
        {
            if (day is { } value)
            {
                var key = (measure, name, value);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var always = DateOnly.MinValue;
        DateOnly? firstOverdue = null;
        Add(Plans, always);
        foreach (var deliverable in record.Plan.Deliverables.DistinctBy(d => d.Name, StringComparer.Ordinal))
        {
            var dates = record.HistoryOf(deliverable).Dates(deliverable.Due);
            Add(Deliverables, always);
            Add(OverdueDeliverables, dates.OverdueFrom);
            Add(CompleteDeliverables, dates.CompleteUntil);
            Add(DatedDue, PlanItemDates.DueCountsFrom(deliverable.Due));
            Add(DatedOnTime, dates.OnTimeFor(deliverable.Due) ? PlanItemDates.DueCountsFrom(deliverable.Due) : null);
            firstOverdue = Earliest(firstOverdue, dates.OverdueFrom);
        }

        foreach (var task in record.Plan.LedgerTasks.DistinctBy(t => t.Id))
        {
            var dates = record.HistoryOf(task).Dates(task.DeadlineRule, record.Start);
            Add(Tasks, always);
            Add(OverdueTasks, dates.OverdueFrom);
            Add(CompleteTasks, dates.CompleteUntil);
            if (!task.LongTerm && task.Due is { } due)
            {
                Add(DatedDue, PlanItemDates.DueCountsFrom(due));
                Add(DatedOnTime, dates.OnTimeFor(due) ? PlanItemDates.DueCountsFrom(due) : null);
            }

            firstOverdue = Earliest(firstOverdue, dates.OverdueFrom);
        }

        Add(AgencyOverdue, firstOverdue);
        foreach (var phase in record.Plan.Phases.DistinctBy(p => p.Name, StringComparer.Ordinal))
        {
            Add(PhaseStarts, phase.Start, phase.Name);
            Add(PhaseEnds, phase.End?.AddDays(1), phase.Name);
        }

        return counts;
    }

    private static DateOnly? Earliest(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
