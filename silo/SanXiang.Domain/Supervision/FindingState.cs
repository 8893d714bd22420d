namespace SanXiang.Domain.Supervision;

/// <summary>Where a finding stands with the supervising department: still open, set aside (忽略), or turned into a task (已转整改).</summary>
public enum FindingState
{
    Open,
    Dismissed,
    Converted,
}
