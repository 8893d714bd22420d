using SanXiang.Plugins;

namespace SanXiang.Domain.Cases;

/// <summary>
/// One step of the case's procedure and what it needs and got. <paramref name="MinimumOfficers"/> is what the
/// engine asks (the stricter of the law and the plugin); <paramref name="SkipRefusal"/> why the step may not be
/// skipped in this case (null when it may).
/// </summary>
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
    int MinimumOfficers,
    string? SkipRefusal);
