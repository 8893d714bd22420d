namespace SanXiang.Domain.Disclosures;

/// <summary>Records that a decision is not to be published (a state secret, a trade secret or privacy the law protects, a minor the ID number did not show), with the reason.</summary>
public sealed record WithholdDisclosureCommand(
    DisclosureBar Bar,
    string Reason,
    string Actor,
    DateTimeOffset At);
