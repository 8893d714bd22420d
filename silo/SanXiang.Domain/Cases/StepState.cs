namespace SanXiang.Domain.Cases;

public enum StepState
{
    /// <summary>未办理</summary>
    Pending,

    /// <summary>已完成</summary>
    Completed,

    /// <summary>已跳过（可选环节，记录理由）</summary>
    Skipped,
}
