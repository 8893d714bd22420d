namespace SanXiang.Domain.Cases.Review;

/// <summary>Where a submission for legal review stands.</summary>
public enum ReviewStatus
{
    /// <summary>待审核: with the reviewer, the time limit running.</summary>
    Pending,

    /// <summary>中止审核: the reviewer asked for supplements; the time limit stands still until the handler resubmits.</summary>
    Suspended,

    /// <summary>退回: the opinion was 存在问题; the handler addresses the problems and resubmits.</summary>
    Returned,

    /// <summary>审核通过: the opinion was 同意.</summary>
    Passed,
}
