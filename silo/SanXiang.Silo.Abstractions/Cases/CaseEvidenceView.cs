using SanXiang.Silo.Files;

namespace SanXiang.Silo.Cases;

[GenerateSerializer, Immutable]
public sealed record CaseEvidenceView(
    [property: Id(0)] StoredFile File,
    [property: Id(1)] string StepId,
    [property: Id(2)] string Description,
    [property: Id(3)] string AddedBy,
    [property: Id(4)] DateTimeOffset AddedAt);
