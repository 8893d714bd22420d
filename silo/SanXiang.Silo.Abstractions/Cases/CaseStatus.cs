namespace SanXiang.Silo.Cases;

[GenerateSerializer]
public enum CaseStatus
{
    /// <summary>办理中</summary>
    Open,

    /// <summary>已结案</summary>
    Closed,
}
