namespace SanXiang.Domain.Disclosures;

/// <summary>Withdraws a published decision, with the reason the public reads and the day the decision was changed, revoked, found illegal or void.</summary>
public sealed record WithdrawDisclosureCommand(
    string Reason,
    DateOnly GroundsOn,
    string Actor,
    DateTimeOffset At);
