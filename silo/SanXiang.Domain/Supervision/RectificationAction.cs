using SanXiang.Domain.Plans;

namespace SanXiang.Domain.Supervision;

/// <summary>One step of a rectification task: who, for which agency, when (UTC, shown in Beijing time), what they said and showed.</summary>
public sealed record RectificationAction(
    RectificationActionKind Kind,
    DateTimeOffset At,
    string By,
    string AgencyId,
    string? Note,
    IReadOnlyList<PlanEvidence> Evidence,
    Accountability? Accountability = null);
