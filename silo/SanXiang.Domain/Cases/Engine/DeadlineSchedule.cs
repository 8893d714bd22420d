using SanXiang.Domain.Calendar;
using SanXiang.Plugins;
using SanXiang.Domain.Cases.Events;

namespace SanXiang.Domain.Cases.Engine;

/// <summary>
/// The procedure's time limits (DOMAIN.md §6) for one case. A limit counts from its anchor (filing, or the
/// completion of <see cref="StepDeadline.FromStep"/>), binds the step that owns it, and is met when that step
/// is completed or skipped. Working-day limits use the platform calendar (行政处罚法 第八十五条); a year the
/// calendar lacks gives an error text, never a guess. A limit anchored on its own step (听证: notice 7 days
/// before the hearing) is counted backwards from an event the procedure does not date, so it shows only
/// its description.
/// </summary>
public static class DeadlineSchedule
{
    public static bool IsCountedFromItsOwnStep(ProcedureStep owner, StepDeadline deadline) =>
        string.Equals(deadline.FromStep, owner.Id, StringComparison.Ordinal);

    /// <summary>The dated limits that start when <paramref name="anchorStepId"/> completes (null: at filing).</summary>
    public static IReadOnlyList<DeadlineEntry> From(IReadOnlyList<ProcedureStep> steps, string? anchorStepId, DateOnly anchorDate, WorkingDayCalendar calendar) =>
        [.. Dated(steps)
            .Where(d => string.Equals(d.Deadline.FromStep, anchorStepId, StringComparison.Ordinal))
            .Select(d => Compute(d.Owner, d.Index, d.Deadline, anchorDate, calendar))];

    /// <summary>Every dated limit whose anchor has happened, computed again on <paramref name="calendar"/>.</summary>
    public static IReadOnlyList<DeadlineEntry> Recompute(IReadOnlyList<ProcedureStep> steps, CaseState state, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(state);
        var result = new List<DeadlineEntry>();
        foreach (var (owner, index, deadline) in Dated(steps))
        {
            var anchor = deadline.FromStep is null
                ? state.OpenedAt
                : state.Steps.GetValueOrDefault(deadline.FromStep) is { State: StepState.Completed } completed ? completed.At : (DateTimeOffset?)null;
            if (anchor is { } at)
            {
                result.Add(Compute(owner, index, deadline, CaseDates.ChinaDate(at), calendar));
            }
        }

        return result;
    }

    public static DeadlineEntry Compute(ProcedureStep owner, int index, StepDeadline deadline, DateOnly from, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(deadline);
        ArgumentNullException.ThrowIfNull(calendar);
        if (deadline.Count == DayCount.CalendarDays)
        {
            return new DeadlineEntry(owner.Id, index, WorkingDayCalendar.AddCalendarDays(from, deadline.Days), false, null);
        }

        try
        {
            var answer = calendar.AddWorkingDays(from, deadline.Days);
            return new DeadlineEntry(owner.Id, index, answer.Value, answer.Provisional, null);
        }
        catch (CalendarYearMissingException missing)
        {
            return new DeadlineEntry(owner.Id, index, null, false, missing.Message);
        }
    }

    /// <summary>The case's limits as of <paramref name="today"/>, in procedure order.</summary>
    public static IReadOnlyList<CaseDeadlineView> Views(IReadOnlyList<ProcedureStep> steps, CaseState state, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(state);
        var views = new List<CaseDeadlineView>();
        foreach (var owner in steps)
        {
            var done = state.Steps.GetValueOrDefault(owner.Id);
            for (var index = 0; index < owner.Deadlines.Count; index++)
            {
                var deadline = owner.Deadlines[index];
                var metOn = done is null ? (DateOnly?)null : CaseDates.ChinaDate(done.At);
                if (IsCountedFromItsOwnStep(owner, deadline))
                {
                    views.Add(new CaseDeadlineView(deadline.Description, deadline.Article, owner.Id, null, false, metOn is null ? CaseDeadlineStatus.Open : CaseDeadlineStatus.Met, metOn, null));
                    continue;
                }

                var entry = state.Deadlines.FirstOrDefault(d => d.StepId == owner.Id && d.Index == index);
                if (entry is not null)
                {
                    views.Add(new CaseDeadlineView(deadline.Description, deadline.Article, owner.Id, entry.Due, entry.Provisional, StatusOf(entry.Due, metOn, today), metOn, entry.Error));
                }
            }
        }

        return views;
    }

    private static CaseDeadlineStatus StatusOf(DateOnly? due, DateOnly? metOn, DateOnly today) =>
        metOn is not null ? CaseDeadlineStatus.Met
        : due is not { } date ? CaseDeadlineStatus.Open
        : date == today ? CaseDeadlineStatus.DueToday
        : date < today ? CaseDeadlineStatus.Overdue
        : CaseDeadlineStatus.Open;

    private static IEnumerable<(ProcedureStep Owner, int Index, StepDeadline Deadline)> Dated(IReadOnlyList<ProcedureStep> steps) =>
        steps.SelectMany(owner => owner.Deadlines.Select((deadline, index) => (owner, index, deadline)))
            .Where(d => !IsCountedFromItsOwnStep(d.owner, d.deadline));
}
