namespace SanXiang.Domain.Plans;

/// <summary>One step in a deliverable's history: who did it, for which agency, when, with what remark and evidence.</summary>
public sealed record DeliverableAction(
    DeliverableActionKind Kind,
    DateTimeOffset At,
    string By,
    string AgencyId,
    string? Note,
    IReadOnlyList<PlanEvidence> Evidence);
