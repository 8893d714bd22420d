namespace SanXiang.Silo.Transparency;

/// <summary>
/// A signed checkpoint: <see cref="Note"/> is the text published at <c>/public/{tenant}/checkpoint</c>, the agency's note
/// followed by its witnesses' cosignature lines; <see cref="Witnesses"/> says who cosigned and when (each line verified).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PublishedCheckpoint(
    [property: Id(0)] string TenantId,
    [property: Id(1)] long TreeSize,
    [property: Id(2)] string RootHex,
    [property: Id(3)] DateTimeOffset SignedAt,
    [property: Id(4)] string Algorithm,
    [property: Id(5)] string Note,
    [property: Id(6)] string PublicKeyHex,
    [property: Id(7)] IReadOnlyList<CheckpointWitnessing>? Witnesses = null);
