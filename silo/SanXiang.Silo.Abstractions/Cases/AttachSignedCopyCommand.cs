using SanXiang.Domain.Files;

namespace SanXiang.Silo.Cases;

[GenerateSerializer, Immutable]
public sealed record AttachSignedCopyCommand(
    [property: Id(0)] string DocumentId,
    [property: Id(1)] StoredFile File,
    [property: Id(2)] string Actor,
    [property: Id(3)] DateTimeOffset At);
