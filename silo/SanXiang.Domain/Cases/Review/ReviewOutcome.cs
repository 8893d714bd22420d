namespace SanXiang.Domain.Cases.Review;

/// <summary>The written opinion of a legal review (法制审核意见): 同意, or 存在问题 and the case goes back to the handler.</summary>
public enum ReviewOutcome
{
    Agreed,
    HasProblems,
}
