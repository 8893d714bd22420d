namespace SanXiang.Silo.Cases;

/// <summary>One stored event of a case's chain: <paramref name="Payload"/> is its JSON, hashes are lower-case hex.</summary>
[GenerateSerializer, Immutable]
public sealed record CaseEventView(
    [property: Id(0)] long Seq,
    [property: Id(1)] string Kind,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string Actor,
    [property: Id(4)] string Payload,
    [property: Id(5)] IReadOnlyList<string> FileHashes,
    [property: Id(6)] string PrevHash,
    [property: Id(7)] string Hash);
