using SanXiang.Silo.Cases;

namespace SanXiang.Silo.Grains.Cases.Events;

/// <summary><c>case.closed</c>: the closing step (结案归档) completed; nothing may be added afterwards.</summary>
[GenerateSerializer, Immutable]
public sealed record CaseClosed(
    [property: Id(0)] string StepId,
    [property: Id(1)] IReadOnlyList<CaseOfficer> Officers,
    [property: Id(2)] string? AvOverrideReason) : CaseEvent;
