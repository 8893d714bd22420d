namespace SanXiang.Domain.Integrity;

/// <summary>
/// The outcome of verifying one case's chain: valid, or the first bad sequence number with a stable
/// code and a message a user may read.
/// </summary>
/// <param name="VerifiedCount">Events that passed every check before the first fault.</param>
/// <param name="HeadSequence">The last event that passed, 0 if none.</param>
/// <param name="HeadHash">Its hash, null if none.</param>
public sealed record ChainVerification(
    bool IsValid,
    long VerifiedCount,
    long HeadSequence,
    byte[]? HeadHash,
    long? FirstBadSequence,
    ChainFault? Fault,
    string? Message)
{
    public string? Code => Fault switch
    {
        null => null,
        ChainFault.HashMismatch => "HASH_MISMATCH",
        ChainFault.ChainBroken => "CHAIN_BROKEN",
        ChainFault.SequenceGap => "SEQUENCE_GAP",
        ChainFault.SequenceOrder => "SEQUENCE_ORDER",
        ChainFault.WrongTenant => "WRONG_TENANT",
        ChainFault.WrongCase => "WRONG_CASE",
        ChainFault.UnknownAlgorithm => "UNKNOWN_ALGORITHM",
        ChainFault.AnchorMismatch => "ANCHOR_MISMATCH",
        _ => throw new InvalidOperationException($"Unmapped chain fault {Fault}."),
    };
}
