namespace SanXiang.Domain.Cases.Review;

/// <summary>A collective discussion's decisions in Chinese, for the console, the API and documents alike.</summary>
public static class DiscussionTexts
{
    public static string Decision(DiscussionDecision decision) => decision switch
    {
        DiscussionDecision.Proceed => "按拟作出的决定作出处罚决定",
        DiscussionDecision.Revise => "退回承办机构修改后重新审核",
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, null),
    };
}
