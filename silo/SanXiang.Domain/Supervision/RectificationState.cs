namespace SanXiang.Domain.Supervision;

/// <summary>Where a rectification task stands: waiting on the agency, waiting on the department, or done.</summary>
public enum RectificationState
{
    /// <summary>整改中: assigned, no evidence yet.</summary>
    Open,

    /// <summary>待验收: evidence submitted, waiting for the department's answer.</summary>
    Submitted,

    /// <summary>已退回: the department rejected the evidence; the agency fixes and submits again.</summary>
    Rejected,

    /// <summary>已验收: the department accepted the fix.</summary>
    Accepted,
}
