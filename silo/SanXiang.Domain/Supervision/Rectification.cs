using SanXiang.Domain.Cases.Engine;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Plans;
using SanXiang.Domain.Text;

namespace SanXiang.Domain.Supervision;

/// <summary>
/// 整改任务: a finding turned into a task with a responsible unit and a deadline (DOMAIN.md §5). The responsible agency
/// submits evidence of the fix, the department accepts it or sends it back with a remark; the agency never answers its own
/// submission. A task not fixed by its deadline is overdue: it draws a notice (通报) and, not acted on, accountability
/// (问责: "经督促不改的，要启动问责程序", Shanxi's plan).
/// </summary>
/// <param name="FindingId">The finding it fixes: one of the inspection's, or a problem model's (监督线索) by its id.</param>
/// <param name="WorkingDays">The working days the agency was given, counted on the calendar when assigned.</param>
public sealed record Rectification(
    string Id,
    string? FindingId,
    string Problem,
    string ResponsibleAgencyId,
    DateOnly StartedOn,
    DateOnly Deadline,
    int WorkingDays,
    IReadOnlyList<RectificationAction> Actions)
{
    public const int MaxHistory = 200;

    public const string NoticeTitle = "关于整改任务逾期未完成的通报";

    // A notice or an accountability is the department's answer to the delay, not a step of the fix itself.
    public RectificationState State => Actions.LastOrDefault(a => a.Kind is not (RectificationActionKind.AccountabilityRecorded or RectificationActionKind.NoticeIssued))?.Kind switch
    {
        RectificationActionKind.EvidenceSubmitted => RectificationState.Submitted,
        RectificationActionKind.Accepted => RectificationState.Accepted,
        RectificationActionKind.Rejected => RectificationState.Rejected,
        _ => RectificationState.Open,
    };

    /// <summary>
    /// Not fixed after its deadline: still open, sent back, or fixed only after the deadline and waiting. Evidence
    /// submitted on time and waiting for the department's answer is not the agency's delay.
    /// </summary>
    public bool IsOverdue(DateOnly today) => today > Deadline && State switch
    {
        RectificationState.Accepted => false,
        RectificationState.Submitted => CaseDates.ChinaDate(Actions.Last(a => a.Kind == RectificationActionKind.EvidenceSubmitted).At) > Deadline,
        _ => true,
    };

    /// <summary>The first day the task is overdue as it stands (<see cref="IsOverdue"/>), or null when it is not heading there.</summary>
    public DateOnly? OverdueFrom => IsOverdue(DateOnly.MaxValue) ? Deadline.AddDays(1) : null;

    public IEnumerable<Accountability> Accountabilities => Actions.Select(a => a.Accountability).OfType<Accountability>();

    /// <summary>提交整改材料: only the responsible agency, with at least one piece of evidence, while the task waits on it.</summary>
    public Rectification Submit(DateTimeOffset at, string by, string agencyId, string? note, IReadOnlyList<PlanEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (!string.Equals(agencyId, ResponsibleAgencyId, StringComparison.Ordinal))
        {
            throw new SanXiangException(ErrorCodes.RectificationNotResponsible, "该整改任务的责任单位是其他机关，本机关不能提交整改材料。");
        }

        switch (State)
        {
            case RectificationState.Submitted:
                throw new SanXiangException(ErrorCodes.RectificationClosed, "整改材料已经提交，正在等待验收。");
            case RectificationState.Accepted:
                throw new SanXiangException(ErrorCodes.RectificationClosed, "该整改任务已验收通过。");
        }

        var items = PlanEvidenceText.Accept(evidence);
        if (items.Count == 0)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, "请列出整改材料（名称，有文号的写明文号）。", [new FieldProblem("evidence", "至少列出一份材料。")]);
        }

        return Append(new RectificationAction(RectificationActionKind.EvidenceSubmitted, at, by, agencyId, TextArguments.AcceptOptional(TextFields.PlanNote, note), items));
    }

    /// <summary>验收 or 退回 in the name of <paramref name="reviewerAgencyId"/>, never the responsible agency itself; a rejection needs a remark.</summary>
    public Rectification Review(DateTimeOffset at, string by, string reviewerAgencyId, bool accept, string? remark)
    {
        RequireNotResponsible(reviewerAgencyId, "本机关不能验收自己的整改任务，应由下达任务的监督部门验收。");
        if (State != RectificationState.Submitted)
        {
            throw new SanXiangException(ErrorCodes.RectificationNotSubmitted, "该整改任务没有等待验收的整改材料。");
        }

        var text = TextArguments.AcceptOptional(TextFields.PlanNote, remark);
        if (!accept && text is null)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, "退回时请写明退回意见。", [new FieldProblem("remark", "请写明退回意见。")]);
        }

        return Append(new RectificationAction(accept ? RectificationActionKind.Accepted : RectificationActionKind.Rejected, at, by, reviewerAgencyId, text, []));
    }

    /// <summary>问责, recorded by the department against a task overdue on <paramref name="today"/> (Beijing date).</summary>
    public Rectification HoldAccountable(DateTimeOffset at, DateOnly today, string by, string departmentId, string person, string measure, string? reason)
    {
        RequireNotResponsible(departmentId, "本机关不能对自己的整改任务问责。");
        RequireOverdue(today, "该整改任务尚未逾期未改，不能启动问责。");
        var accountability = new Accountability(
            TextArguments.Accept(TextFields.AccountablePerson, person),
            TextArguments.Accept(TextFields.AccountabilityMeasure, measure));
        return Append(new RectificationAction(
            RectificationActionKind.AccountabilityRecorded, at, by, departmentId, TextArguments.AcceptOptional(TextFields.PlanNote, reason), [], accountability));
    }

    /// <summary>
    /// 通报 issued: the department records the notice it sent about the task overdue on <paramref name="today"/>, by its
    /// document number, so the task's history shows that the delay was notified (and when) before any 问责.
    /// </summary>
    public Rectification IssueNotice(DateTimeOffset at, DateOnly today, string by, string departmentId, string documentNumber, string? note)
    {
        RequireNotResponsible(departmentId, "本机关不能通报自己的整改任务。");
        RequireOverdue(today);
        if (string.IsNullOrWhiteSpace(documentNumber))
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, "请填写已印发通报的文号。", [new FieldProblem("documentNumber", "请填写已印发通报的文号。")]);
        }

        var number = TextArguments.Accept(TextFields.DocumentNumber, documentNumber);
        return Append(new RectificationAction(
            RectificationActionKind.NoticeIssued, at, by, departmentId, TextArguments.AcceptOptional(TextFields.PlanNote, note), [new PlanEvidence(NoticeTitle, number)]));
    }

    /// <summary>A notice (通报) is drafted only for a task overdue on <paramref name="today"/>.</summary>
    public void RequireOverdue(DateOnly today, string refusal = "该整改任务没有逾期，不需要通报。")
    {
        if (!IsOverdue(today))
        {
            throw new SanXiangException(ErrorCodes.RectificationNotOverdue, refusal);
        }
    }

    private void RequireNotResponsible(string agencyId, string refusal)
    {
        if (string.Equals(agencyId, ResponsibleAgencyId, StringComparison.Ordinal))
        {
            throw new SanXiangException(ErrorCodes.RectificationSelfReview, refusal);
        }
    }

    private Rectification Append(RectificationAction action) =>
        Actions.Count >= MaxHistory
            ? throw new SanXiangException(ErrorCodes.ValidationFailed, "该整改任务的记录已达上限。")
            : this with { Actions = [.. Actions, action] };
}
