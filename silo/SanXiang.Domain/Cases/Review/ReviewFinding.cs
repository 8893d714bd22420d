namespace SanXiang.Domain.Cases.Review;

/// <summary>What the reviewer found on one of the seven points: 符合 (nothing to object to), or 存在问题.</summary>
public enum ReviewFinding
{
    Satisfied,
    Problem,
}
