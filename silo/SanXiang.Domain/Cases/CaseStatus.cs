namespace SanXiang.Domain.Cases;

public enum CaseStatus
{
    /// <summary>办理中</summary>
    Open,

    /// <summary>已结案</summary>
    Closed,
}
