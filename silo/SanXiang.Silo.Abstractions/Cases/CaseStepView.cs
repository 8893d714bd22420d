using SanXiang.Plugins;

namespace SanXiang.Silo.Cases;

/// <summary>One step of the case's procedure and what it needs and got.</summary>
[GenerateSerializer, Immutable]
public sealed record CaseStepView(
    [property: Id(0)] string Id,
    [property: Id(1)] CaseStepKind Kind,
    [property: Id(2)] string Name,
    [property: Id(3)] bool Optional,
    [property: Id(4)] string? OptionalWhen,
    [property: Id(5)] StepState State,
    [property: Id(6)] DateTimeOffset? CompletedAt,
    [property: Id(7)] string? CompletedBy,
    [property: Id(8)] IReadOnlyList<CaseOfficer> Officers,
    [property: Id(9)] string? SkipReason,
    [property: Id(10)] IReadOnlyList<RequiredDocumentView> RequiredDocuments,
    [property: Id(11)] AvRequirementView Av,
    [property: Id(12)] int MinimumOfficers);
