namespace SanXiang.Domain.Cases.Review;

/// <summary>What a collective discussion decided about the proposal it discussed.</summary>
public enum DiscussionDecision
{
    /// <summary>按拟作出的决定作出处罚决定: the decision may be made on the proposal discussed, the review's problems notwithstanding.</summary>
    Proceed,

    /// <summary>不按拟作出的决定作出: the handling unit revises the proposal and submits it for review again.</summary>
    Revise,
}
