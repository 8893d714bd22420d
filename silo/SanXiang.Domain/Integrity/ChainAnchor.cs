namespace SanXiang.Domain.Integrity;

/// <summary>
/// A (sequence, hash) pair acknowledged outside the log — from a signed checkpoint's Merkle leaf or a
/// receipt given when the event was appended. A keyless chain can be recomputed by whoever can write
/// the table; an anchor is what catches a cut-off tail or a chain rewritten from some point on.
/// </summary>
public sealed record ChainAnchor(long Sequence, byte[] Hash);
