namespace SanXiang.Domain.Cases;

public enum CaseDeadlineStatus
{
    /// <summary>未到期</summary>
    Open,

    /// <summary>今日到期</summary>
    DueToday,

    /// <summary>已逾期</summary>
    Overdue,

    /// <summary>已办结</summary>
    Met,

    /// <summary>已跳过: the step it binds did not take place (an optional step skipped with a reason).</summary>
    Skipped,

    /// <summary>未起算: the step it counts from has not happened yet.</summary>
    NotStarted,
}
