using SanXiang.Plugins;

namespace SanXiang.Domain.Cases;

/// <summary>One step of the case's procedure and what it needs and got.</summary>
public sealed record CaseStepView(
    string Id,
    CaseStepKind Kind,
    string Name,
    bool Optional,
    string? OptionalWhen,
    StepState State,
    DateTimeOffset? CompletedAt,
    string? CompletedBy,
    IReadOnlyList<CaseOfficer> Officers,
    string? SkipReason,
    IReadOnlyList<RequiredDocumentView> RequiredDocuments,
    AvRequirementView Av,
    int MinimumOfficers);
