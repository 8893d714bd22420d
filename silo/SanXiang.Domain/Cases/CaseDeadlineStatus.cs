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
}
