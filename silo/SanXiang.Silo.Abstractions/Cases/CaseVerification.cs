namespace SanXiang.Silo.Cases;

/// <summary>
/// Whether a case's stored chain is intact. When not, <paramref name="FirstBadSeq"/> is the first event at
/// fault, <paramref name="Reason"/> a stable code (e.g. HASH_MISMATCH) and <paramref name="Message"/> the
/// Chinese explanation.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CaseVerification(
    [property: Id(0)] bool Ok,
    [property: Id(1)] long? FirstBadSeq,
    [property: Id(2)] string? Reason,
    [property: Id(3)] string? Message);
