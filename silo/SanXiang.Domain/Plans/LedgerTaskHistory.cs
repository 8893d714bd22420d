using SanXiang.Domain.Cases.Engine;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Text;

namespace SanXiang.Domain.Plans;

/// <summary>
/// A 工作任务分解台账 row's reports, and the rule for where it stands. A dated task is done by a report of completion
/// that names its evidence, and overdue when its 完成时限 passes without one. A long-term task (长期执行, with or without
/// a first date) recurs: it reports each half-year (<see cref="HalfYear"/>) and is overdue when a whole half-year has
/// passed without a report, counting only half-years that reached the task's first date (or, for a task without one,
/// the plan's start): a plan adopted today owes nothing for the years before it.
/// </summary>
public sealed record LedgerTaskHistory(IReadOnlyList<LedgerCheckIn> CheckIns)
{
    public static LedgerTaskHistory Empty { get; } = new([]);

    public bool Done => CheckIns.Any(c => c.Completes);

    /// <summary>报送进展: refused once the task is done, for a completion without evidence, and for a long-term task's "completion".</summary>
    public LedgerTaskHistory CheckIn(LedgerDeadline deadline, DateTimeOffset at, string by, string? note, IReadOnlyList<PlanEvidence> evidence, bool completes)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        if (Done)
        {
            throw new SanXiangException(ErrorCodes.LedgerTaskDone, "该任务已经完成，不能再报送进展。");
        }

        if (completes && deadline.LongTerm)
        {
            throw new SanXiangException(ErrorCodes.LedgerTaskLongTerm, "长期执行的任务没有完成之日，请每半年报送一次进展。");
        }

        var items = PlanEvidenceText.Accept(evidence);
        var text = TextArguments.AcceptOptional(TextFields.PlanNote, note);
        var problems = new List<FieldProblem>();
        if (text is null)
        {
            problems.Add(new FieldProblem("note", "请写明工作进展。"));
        }

        if (completes && items.Count == 0)
        {
            problems.Add(new FieldProblem("evidence", "报告完成时请列出佐证材料。"));
        }

        if (problems.Count > 0)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, string.Join(" ", problems.Select(p => p.Message)), problems);
        }

        if (CheckIns.Count >= PlanEvidenceText.MaxHistory)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, "该任务的记录已达上限。");
        }

        return new([.. CheckIns, new LedgerCheckIn(at, by, text!, items, completes)]);
    }

    public LedgerTaskProgress Progress(LedgerDeadline deadline, DateOnly planStart, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var dates = Dates(deadline, planStart);
        var last = LastReportOn;
        var state = deadline.LongTerm
            ? dates.CompleteOn(today) ? LedgerTaskState.ReportedThisPeriod : LedgerTaskState.AwaitingReport
            : Done ? LedgerTaskState.Done : last is null ? LedgerTaskState.NotStarted : LedgerTaskState.InProgress;
        return new LedgerTaskProgress(state, dates.OverdueOn(today), last, dates);
    }

    /// <summary>
    /// A dated task: overdue from the day after its 完成时限 until a report of completion, complete from then on. A long-term
    /// task: complete until the end of the half-year of its last report; overdue once a whole half-year has passed since
    /// the last report's (a report brings it up to date), and never for a half-year that ended before its first date or the
    /// plan's start.
    /// </summary>
    public PlanItemDates Dates(LedgerDeadline deadline, DateOnly planStart)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var last = LastReportOn;
        if (!deadline.LongTerm)
        {
            var completion = CheckIns.FirstOrDefault(c => c.Completes);
            return completion is null
                ? new PlanItemDates(deadline.Due?.AddDays(1), null, null)
                : new PlanItemDates(null, DateOnly.MaxValue, CaseDates.ChinaDate(completion.At));
        }

        var firstOwed = HalfYear.Of(deadline.Due ?? planStart).Next;
        var overdueFrom = last is { } reported ? HalfYear.Later(HalfYear.Of(reported).Next.Next, firstOwed) : firstOwed;
        return new PlanItemDates(overdueFrom.Start, last is { } l ? HalfYear.Of(l).End : null, null);
    }

    private DateOnly? LastReportOn => CheckIns.Count == 0 ? null : CheckIns.Max(c => CaseDates.ChinaDate(c.At));
}
