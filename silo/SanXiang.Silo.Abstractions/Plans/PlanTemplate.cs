using SanXiang.Domain.Plans;

namespace SanXiang.Silo.Plans;

/// <summary>
/// A seed plan adopted by a newly onboarded agency: the province's phases, deliverables and ledger as written, under the
/// agency's name, with every date moved by whole months so that the plan begins in the month the agency starts
/// (<see cref="PlanDateShift"/>). The 文号 stays behind: the agency issues its own plan document.
/// </summary>
public static class PlanTemplate
{
    public static ImplementationPlan Adopt(ImplementationPlan template, string templateAgencyName, string agencyName, DateOnly start)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentException.ThrowIfNullOrWhiteSpace(templateAgencyName);
        ArgumentException.ThrowIfNullOrWhiteSpace(agencyName);
        var shift = FirstDate(template) is { } first ? PlanDateShift.Between(first, start) : new PlanDateShift(0);
        return new ImplementationPlan(
            Title(template.Title, templateAgencyName, agencyName),
            DocumentNumber: null,
            [.. template.Phases.Select(p => new PlanPhase(p.Name, shift.Apply(p.Start), p.End is { } end ? shift.Apply(end) : null, p.Summary is { } s ? shift.Apply(s) : null))],
            [.. template.Deliverables.Select(d => d with { Due = shift.Apply(d.Due) })],
            [.. template.LedgerTasks.Select(t => Moved(t, shift))],
            EditedAt: null);
    }

    /// <summary>The plan's earliest date: a phase's start or a deadline, whichever comes first; null for a plan that dates nothing.</summary>
    public static DateOnly? FirstDate(ImplementationPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        IEnumerable<DateOnly?> dates = [.. plan.Phases.Select(p => (DateOnly?)p.Start), .. plan.Deliverables.Select(d => (DateOnly?)d.Due), .. plan.LedgerTasks.Select(t => t.Due)];
        return dates.OfType<DateOnly>().Order().Cast<DateOnly?>().FirstOrDefault();
    }

    private static LedgerTask Moved(LedgerTask task, PlanDateShift shift)
    {
        var deadline = shift.Apply(task.Deadline);

        // The due date is read from the moved text by the ledger's own rule, so the two never disagree.
        return task with { Deadline = deadline, Due = task.Due is null ? null : LedgerDeadline.Parse(deadline).Due };
    }

    private static string Title(string title, string templateAgencyName, string agencyName) =>
        title.Contains(templateAgencyName, StringComparison.Ordinal)
            ? title.Replace(templateAgencyName, agencyName, StringComparison.Ordinal)
            : $"{agencyName}实施方案（依据《{title}》）";
}
