namespace SanXiang.Domain.Plans;

public enum LedgerTaskState
{
    /// <summary>未开始: no report yet.</summary>
    NotStarted,

    /// <summary>推进中: reported, not yet done.</summary>
    InProgress,

    /// <summary>已完成: a report of completion with its evidence.</summary>
    Done,

    /// <summary>本期已报送: a long-term task that has reported this half-year.</summary>
    ReportedThisPeriod,

    /// <summary>本期待报送: a long-term task with no report yet this half-year.</summary>
    AwaitingReport,
}
