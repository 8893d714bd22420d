namespace SanXiang.Domain.Supervision;

/// <summary>
/// The roll-out indicators (DOMAIN.md §10: 台账完成率 and the plan's deliverables), defined once for one agency's plan and
/// for the plans rolled up below a department alike.
/// </summary>
public static class RolloutIndicators
{
    public const string LedgerCompletion = "ledger-completion";
    public const string DeliverableApproval = "deliverable-approval";
    public const string OnTime = "on-time";

    public static IReadOnlyList<Indicator> Of(int tasksComplete, int tasks, int deliverablesApproved, int deliverables, int datedOnTime, int datedDue) =>
    [
        new(LedgerCompletion, "台账完成率", "已完成的台账任务（长期执行的任务本半年已报送进展）/ 台账任务总数", tasksComplete, tasks),
        new(DeliverableApproval, "报送材料审核通过率", "经上级审核通过的报送材料 / 报送材料总数", deliverablesApproved, deliverables),
        new(OnTime, "按期完成率", "在期限内报送或完成的事项 / 期限已过的报送材料和有期限的台账任务", datedOnTime, datedDue),
    ];
}
