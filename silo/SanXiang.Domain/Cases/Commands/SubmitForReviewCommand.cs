using SanXiang.Domain.Cases.Review;

namespace SanXiang.Domain.Cases;

/// <summary>Submits the current proposal for legal review with its materials (送审), or resubmits after supplements or a return.</summary>
public sealed record SubmitForReviewCommand(
    ReviewMaterials Materials,
    string Actor,
    DateTimeOffset At);
