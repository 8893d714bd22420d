using SanXiang.Domain.Files;

namespace SanXiang.Silo.Cases;

[GenerateSerializer, Immutable]
public sealed record AddEvidenceCommand(
    [property: Id(0)] StoredFile File,
    [property: Id(1)] string StepId,
    [property: Id(2)] string Description,
    [property: Id(3)] string Actor,
    [property: Id(4)] DateTimeOffset At);
