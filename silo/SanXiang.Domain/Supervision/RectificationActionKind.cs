namespace SanXiang.Domain.Supervision;

public enum RectificationActionKind
{
    /// <summary>下达: the department assigns the task.</summary>
    Assigned,

    /// <summary>提交整改材料: the responsible agency reports the fix with evidence.</summary>
    EvidenceSubmitted,

    /// <summary>验收通过.</summary>
    Accepted,

    /// <summary>退回: the fix is not accepted, with the department's remark.</summary>
    Rejected,

    /// <summary>问责: the department records who was held accountable and how.</summary>
    AccountabilityRecorded,

    /// <summary>通报: the department records the notice it issued about the overdue task, by its document number.</summary>
    NoticeIssued,
}
