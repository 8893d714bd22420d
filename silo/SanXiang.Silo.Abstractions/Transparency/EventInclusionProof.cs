namespace SanXiang.Silo.Transparency;

/// <summary>
/// RFC 6962 §2.1.1 audit path of one event: the leaf is MTH({<see cref="EventHashHex"/>}) at
/// <see cref="LeafIndex"/>, and the path leads to <see cref="RootHex"/>, the root the checkpoint of
/// <see cref="TreeSize"/> events signed.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record EventInclusionProof(
    [property: Id(0)] string CaseId,
    [property: Id(1)] long Sequence,
    [property: Id(2)] string EventHashHex,
    [property: Id(3)] long LeafIndex,
    [property: Id(4)] long TreeSize,
    [property: Id(5)] string RootHex,
    [property: Id(6)] IReadOnlyList<string> AuditPathHex,
    [property: Id(7)] string Algorithm);
