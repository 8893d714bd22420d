using SanXiang.Domain.Cases.Engine;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Text;

namespace SanXiang.Domain.Plans;

/// <summary>
/// A deliverable of an implementation plan (报送材料: the plan, rules, lists, guides, flowcharts, the officer list)
/// from filing to its superior's answer. The plans file each with the superior by a date (e.g. 玉溪: "编成执法工作手册于
/// 7月底前报云南省司法厅备案", DOMAIN.md §5); the superior approves it or sends it back with a remark, and only an
/// approval ends it. The agency never answers its own filing.
/// </summary>
public sealed record DeliverableHistory(IReadOnlyList<DeliverableAction> Actions)
{
    public static DeliverableHistory Empty { get; } = new([]);

    public DeliverableState State => Actions.Count == 0
        ? DeliverableState.NotFiled
        : Actions[^1].Kind switch
        {
            DeliverableActionKind.Filed => DeliverableState.Filed,
            DeliverableActionKind.Approved => DeliverableState.Approved,
            _ => DeliverableState.Returned,
        };

    /// <summary>报送: refused while a filing waits for its answer or after an approval, and without any evidence.</summary>
    public DeliverableHistory File(DateTimeOffset at, string by, string agencyId, string? note, IReadOnlyList<PlanEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        switch (State)
        {
            case DeliverableState.Filed:
                throw new SanXiangException(ErrorCodes.DeliverableAlreadyFiled, "该材料已经报送，正在等待上级审核。");
            case DeliverableState.Approved:
                throw new SanXiangException(ErrorCodes.DeliverableAlreadyFiled, "该材料已经上级审核通过，无需再次报送。");
        }

        var items = PlanEvidenceText.Accept(evidence);
        if (items.Count == 0)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, "请列出报送的材料（名称，有文号的写明文号）。", [new FieldProblem("evidence", "至少列出一份材料。")]);
        }

        return Append(new DeliverableAction(DeliverableActionKind.Filed, at, by, agencyId, TextArguments.AcceptOptional(TextFields.PlanNote, note), items));
    }

    /// <summary>
    /// The superior's answer to the waiting filing. <paramref name="reviewerAgencyId"/> is the agency in whose name the
    /// reviewer acts; it must not be <paramref name="ownerAgencyId"/> (a self-approval is no approval). A return needs a remark.
    /// </summary>
    public DeliverableHistory Review(DateTimeOffset at, string by, string reviewerAgencyId, string ownerAgencyId, bool approve, string? remark)
    {
        if (string.Equals(reviewerAgencyId, ownerAgencyId, StringComparison.Ordinal))
        {
            throw new SanXiangException(ErrorCodes.DeliverableSelfReview, "本机关不能审核自己报送的材料，应由上级机关审核。");
        }

        if (State != DeliverableState.Filed)
        {
            throw new SanXiangException(ErrorCodes.DeliverableNotFiled, "该材料没有等待审核的报送。");
        }

        var text = TextArguments.AcceptOptional(TextFields.PlanNote, remark);
        if (!approve && text is null)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, "退回时请写明退回意见。", [new FieldProblem("remark", "请写明退回意见。")]);
        }

        var kind = approve ? DeliverableActionKind.Approved : DeliverableActionKind.Returned;
        return Append(new DeliverableAction(kind, at, by, reviewerAgencyId, text, []));
    }

    /// <summary>Where the deliverable stands on <paramref name="today"/> (Beijing dates), against its <paramref name="due"/> date.</summary>
    public DeliverableProgress Progress(DateOnly due, DateOnly today)
    {
        var dates = Dates(due);
        var filedOn = LastFiling is { } filing ? CaseDates.ChinaDate(filing.At) : (DateOnly?)null;
        var remark = Actions.LastOrDefault(a => a.Kind != DeliverableActionKind.Filed)?.Note;
        return new DeliverableProgress(State, dates.OverdueOn(today), filedOn, filedOn > due, remark, dates);
    }

    /// <summary>
    /// Overdue from the day after <paramref name="due"/> while it waits on the agency (not filed, or sent back); complete
    /// once approved; done on the day of the filing that waits or was approved.
    /// </summary>
    public PlanItemDates Dates(DateOnly due)
    {
        var waitingOnAgency = State is DeliverableState.NotFiled or DeliverableState.Returned;
        var doneOn = !waitingOnAgency && LastFiling is { } filing ? CaseDates.ChinaDate(filing.At) : (DateOnly?)null;
        return new PlanItemDates(
            waitingOnAgency ? due.AddDays(1) : null,
            State == DeliverableState.Approved ? DateOnly.MaxValue : null,
            doneOn);
    }

    private DeliverableAction? LastFiling => Actions.LastOrDefault(a => a.Kind == DeliverableActionKind.Filed);

    private DeliverableHistory Append(DeliverableAction action)
    {
        if (Actions.Count >= PlanEvidenceText.MaxHistory)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, "该事项的记录已达上限。");
        }

        return new([.. Actions, action]);
    }
}
