using SanXiang.Domain.Deadlines;
using SanXiang.Plugins;

namespace SanXiang.Domain.Cases.Law;

/// <summary>
/// A statutory period between two kinds of step of a penalty procedure: it runs from the completion of the
/// <paramref name="Anchor"/> step (the case's filing for <see cref="CaseStepKind.Filing"/>) and binds the
/// <paramref name="Owner"/> step; where owner and anchor are the same kind, the period is counted from or back
/// to that step itself. The plugin must declare it on the owner step, at least as strictly
/// (<see cref="WorkingDayPeriods"/>); at run time the stricter of the two dates is the one that counts.
/// </summary>
public sealed record PeriodFloor(IDeadlineRule Statutory, CaseStepKind Owner, CaseStepKind Anchor, Binds Binds, int Days, DayCount Count) : IProcedureFloor
{
    public string Article => Statutory.Citation;

    /// <summary>Whether <paramref name="deadline"/> on <paramref name="owner"/> is this period, as the plugin declares it.</summary>
    public bool Covers(IReadOnlyList<ProcedureStep> steps, ProcedureStep owner, StepDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(deadline);
        if (owner.Kind != Owner)
        {
            return false;
        }

        var anchor = deadline.FromStep is null ? null : steps.FirstOrDefault(s => s.Id == deadline.FromStep);
        return Anchor == CaseStepKind.Filing
            ? anchor is null || anchor.Kind == CaseStepKind.Filing
            : anchor is not null && anchor.Kind == Anchor && (Anchor == Owner) == (anchor.Id == owner.Id);
    }

    public IEnumerable<FloorViolation> Check(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        if (procedure.Category != EnforcementCategory.Penalty)
        {
            yield break;
        }

        var steps = procedure.Steps;
        foreach (var owner in steps.Where(s => s.Kind == Owner))
        {
            var declared = owner.Deadlines.Where(d => Covers(steps, owner, d)).ToList();
            if (declared.Count == 0)
            {
                yield return new FloorViolation(Article, $"程序“{procedure.Name}”的环节“{owner.Name}”没有写明法定期限：{Statutory.Text}");
                continue;
            }

            foreach (var deadline in declared.Where(d => !WorkingDayPeriods.IsAtLeastAsStrict(d.Days, d.Count, Days, Count, Binds)))
            {
                yield return new FloorViolation(
                    Article,
                    $"程序“{procedure.Name}”的环节“{owner.Name}”的期限为 {WorkingDayPeriods.Describe(deadline.Days, deadline.Count)}，宽于法定的 {WorkingDayPeriods.Describe(Days, Count)}");
            }
        }
    }
}
