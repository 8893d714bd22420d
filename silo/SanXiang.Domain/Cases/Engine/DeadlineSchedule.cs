using SanXiang.Domain.Calendar;
using SanXiang.Domain.Cases.Events;
using SanXiang.Domain.Cases.Law;
using SanXiang.Domain.Deadlines;
using SanXiang.Plugins;

namespace SanXiang.Domain.Cases.Engine;

/// <summary>
/// The procedure's time limits (DOMAIN.md §6) for one case. A limit counts from its anchor (filing, or the
/// completion of <see cref="StepDeadline.FromStep"/>), binds the step that owns it, and is met when that step
/// is completed (已跳过 when it was skipped). Where the law sets the same period (<see cref="PenaltyLaw.Periods"/>)
/// the stricter of the law and the plugin is the date that counts (<see cref="StricterRule"/>). Working-day
/// limits use the platform calendar (行政处罚法 第八十五条); a year the calendar lacks gives an error text, never a
/// guess. A limit anchored on its own step (听证: notice 7 days before the hearing) is counted from or back to an
/// event the procedure does not date, so it shows only its description.
/// </summary>
public static class DeadlineSchedule
{
    public static bool IsCountedFromItsOwnStep(ProcedureStep owner, StepDeadline deadline) =>
        string.Equals(deadline.FromStep, owner.Id, StringComparison.Ordinal);

    /// <summary>The dated limits that start when <paramref name="anchorStepId"/> completes (null: at filing).</summary>
    public static IReadOnlyList<DeadlineEntry> From(CaseProcedure procedure, string? anchorStepId, DateOnly anchorDate, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        return [.. Dated(procedure.Steps)
            .Where(d => string.Equals(d.Deadline.FromStep, anchorStepId, StringComparison.Ordinal))
            .Select(d => Compute(procedure, d.Owner, d.Index, d.Deadline, anchorDate, calendar))];
    }

    /// <summary>Every dated limit whose anchor has happened, computed again on <paramref name="calendar"/>.</summary>
    public static IReadOnlyList<DeadlineEntry> Recompute(CaseProcedure procedure, CaseState state, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(state);
        var result = new List<DeadlineEntry>();
        foreach (var (owner, index, deadline) in Dated(procedure.Steps))
        {
            if (AnchorDate(state, deadline) is { } anchor)
            {
                result.Add(Compute(procedure, owner, index, deadline, anchor, calendar));
            }
        }

        return result;
    }

    /// <summary>The rule that decides the limit's date: the plugin's, or the stricter of it and the law's period for the same act.</summary>
    public static IDeadlineRule RuleFor(CaseProcedure procedure, ProcedureStep owner, int index, StepDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(deadline);
        var id = $"{owner.Id}#{index}";
        IDeadlineRule local = deadline.Count == DayCount.CalendarDays
            ? new CalendarDaysAfterRule(id, deadline.Article, deadline.Description, deadline.Days)
            : new WorkingDaysAfterRule(id, deadline.Article, deadline.Description, deadline.Days);
        var floor = procedure.Category == EnforcementCategory.Penalty
            ? PenaltyLaw.Periods.FirstOrDefault(p => p.Covers(procedure.Steps, owner, deadline))
            : null;
        return floor is null ? local : new StricterRule(floor.Statutory, local, floor.Binds);
    }

    public static DeadlineEntry Compute(CaseProcedure procedure, ProcedureStep owner, int index, StepDeadline deadline, DateOnly from, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(calendar);
        try
        {
            var due = RuleFor(procedure, owner, index, deadline).Compute(calendar, from);
            return new DeadlineEntry(owner.Id, index, due.Due, due.Provisional, null);
        }
        catch (CalendarYearMissingException missing)
        {
            return new DeadlineEntry(owner.Id, index, null, false, missing.Message);
        }
    }

    /// <summary>The case's limits as of <paramref name="today"/>, in procedure order; those counted from a skipped step are left out.</summary>
    public static IReadOnlyList<CaseDeadlineView> Views(CaseProcedure procedure, CaseState state, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(state);
        var views = new List<CaseDeadlineView>();
        foreach (var owner in procedure.Steps)
        {
            var done = state.Steps.GetValueOrDefault(owner.Id);
            var metOn = done?.State == StepState.Completed ? CaseDates.ChinaDate(done.At) : (DateOnly?)null;
            for (var index = 0; index < owner.Deadlines.Count; index++)
            {
                var deadline = owner.Deadlines[index];
                var entry = state.Deadlines.FirstOrDefault(d => d.StepId == owner.Id && d.Index == index);
                var status = done?.State == StepState.Skipped ? CaseDeadlineStatus.Skipped
                    : metOn is not null ? CaseDeadlineStatus.Met
                    : entry?.Due is { } due ? StatusOf(due, today)
                    : entry is not null ? CaseDeadlineStatus.Open
                    : CaseDeadlineStatus.NotStarted;
                if (entry is null && status == CaseDeadlineStatus.NotStarted && !IsCountedFromItsOwnStep(owner, deadline) && AnchorSkipped(state, deadline))
                {
                    continue;
                }

                views.Add(new CaseDeadlineView(deadline.Description, deadline.Article, owner.Id, entry?.Due, entry?.Provisional ?? false, status, metOn, entry?.Error));
            }
        }

        return views;
    }

    /// <summary>The dated deadlines still running (their step neither completed nor skipped), earliest first: what lists and reminders ask about.</summary>
    public static IReadOnlyList<CaseSummaryDeadline> Running(CaseProcedure procedure, CaseState state)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(state);
        var running = new List<CaseSummaryDeadline>();
        foreach (var owner in procedure.Steps.Where(s => !state.IsDone(s.Id)))
        {
            for (var index = 0; index < owner.Deadlines.Count; index++)
            {
                if (state.Deadlines.FirstOrDefault(d => d.StepId == owner.Id && d.Index == index) is { Due: { } due })
                {
                    running.Add(new CaseSummaryDeadline(due, owner.Deadlines[index].Description));
                }
            }
        }

        return [.. running.OrderBy(d => d.Due).ThenBy(d => d.Text, StringComparer.Ordinal)];
    }

    private static DateOnly? AnchorDate(CaseState state, StepDeadline deadline) =>
        deadline.FromStep is null ? CaseDates.ChinaDate(state.OpenedAt)
        : state.Steps.GetValueOrDefault(deadline.FromStep) is { State: StepState.Completed } completed ? CaseDates.ChinaDate(completed.At)
        : null;

    private static bool AnchorSkipped(CaseState state, StepDeadline deadline) =>
        deadline.FromStep is not null && state.Steps.GetValueOrDefault(deadline.FromStep)?.State == StepState.Skipped;

    private static CaseDeadlineStatus StatusOf(DateOnly due, DateOnly today) =>
        due == today ? CaseDeadlineStatus.DueToday
        : due < today ? CaseDeadlineStatus.Overdue
        : CaseDeadlineStatus.Open;

    private static IEnumerable<(ProcedureStep Owner, int Index, StepDeadline Deadline)> Dated(IReadOnlyList<ProcedureStep> steps) =>
        steps.SelectMany(owner => owner.Deadlines.Select((deadline, index) => (owner, index, deadline)))
            .Where(d => !IsCountedFromItsOwnStep(d.owner, d.deadline));
}
