namespace SanXiang.Domain.Disclosures;

/// <summary>
/// What the staff member sees before publishing: the decision's text as it stands (<paramref name="Original"/>) beside
/// the masked record that would go out (<paramref name="Masked"/>, named by <paramref name="Hash"/>), and the bar that
/// forbids publishing it, if any.
/// </summary>
public sealed record DisclosurePreview(
    PublishedDecision Original,
    PublishedDecision Masked,
    string Hash,
    DisclosureBar? Bar);
