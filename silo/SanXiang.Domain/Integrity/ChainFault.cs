namespace SanXiang.Domain.Integrity;

/// <summary>Why a case's chain failed verification; <see cref="ChainVerification.Code"/> gives the stable API code.</summary>
public enum ChainFault
{
    /// <summary>HASH_MISMATCH: the event's fields no longer hash to its stored hash — content altered in place.</summary>
    HashMismatch,

    /// <summary>CHAIN_BROKEN: the event's previous hash is not the preceding event's hash — a row was inserted, deleted or moved.</summary>
    ChainBroken,

    /// <summary>SEQUENCE_GAP: a sequence number is missing — a row was deleted (or the tail cut off).</summary>
    SequenceGap,

    /// <summary>SEQUENCE_ORDER: a number repeats or goes backwards — rows swapped or one inserted.</summary>
    SequenceOrder,

    /// <summary>WRONG_TENANT: a row of another tenant sits in this case's log.</summary>
    WrongTenant,

    /// <summary>WRONG_CASE: a row of another case sits in this case's log.</summary>
    WrongCase,

    /// <summary>UNKNOWN_ALGORITHM: the row names a hash algorithm this build does not know.</summary>
    UnknownAlgorithm,

    /// <summary>ANCHOR_MISMATCH: the chain is self-consistent but differs from an acknowledged head — it was rewritten.</summary>
    AnchorMismatch,
}
