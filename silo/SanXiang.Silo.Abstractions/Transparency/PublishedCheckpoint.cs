namespace SanXiang.Silo.Transparency;

/// <summary>A signed checkpoint: <see cref="Note"/> is the text published at <c>/public/{tenant}/checkpoint</c>.</summary>
[GenerateSerializer, Immutable]
public sealed record PublishedCheckpoint(
    [property: Id(0)] string TenantId,
    [property: Id(1)] long TreeSize,
    [property: Id(2)] string RootHex,
    [property: Id(3)] DateTimeOffset SignedAt,
    [property: Id(4)] string Algorithm,
    [property: Id(5)] string Note,
    [property: Id(6)] string PublicKeyHex);
