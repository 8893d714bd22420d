using SanXiang.Domain.Disclosures;

namespace SanXiang.Domain.Cases.Events;

/// <summary>
/// <c>disclosure.withdrawn</c>: the tombstone of a published decision. Nothing is deleted: the published record stays in
/// the chain before it, and the portal shows the decision as withdrawn with this reason (行政处罚法 第四十八条: 公开说明理由).
/// <paramref name="Due"/> is the day it was to be withdrawn by (<see cref="DisclosureRules.WithdrawRule"/>).
/// </summary>
public sealed record DisclosureWithdrawn(
    string Reason,
    DateOnly GroundsOn,
    DateOnly? Due,
    string? DueError) : DisclosureEvent;
