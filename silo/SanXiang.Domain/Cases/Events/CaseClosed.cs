
namespace SanXiang.Domain.Cases.Events;

/// <summary><c>case.closed</c>: the closing step (结案归档) completed; nothing may be added afterwards.</summary>
public sealed record CaseClosed(
    string StepId,
    IReadOnlyList<CaseOfficer> Officers,
    string? AvOverrideReason) : CaseEvent;
