namespace SanXiang.Domain.Cases.Law;

/// <summary>How a sector plugin's procedure falls below the law: the article it breaks and what is wrong, in Chinese.</summary>
public sealed record FloorViolation(string Article, string Message)
{
    public override string ToString() => $"{Message}（{Article}）";
}
