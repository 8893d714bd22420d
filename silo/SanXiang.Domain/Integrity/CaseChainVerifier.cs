using System.Runtime.CompilerServices;

namespace SanXiang.Domain.Integrity;

/// <summary>
/// Verifies one case's event chain as it streams past, in stored order, holding only the previous
/// event's number and hash (plus one number of look-ahead), so a 10 000-event case needs neither the
/// whole log in memory nor an allocation per check.
/// </summary>
/// <remarks>
/// <para>
/// The reported number is the "right" one when it is the first sequence number at which the stored log
/// diverges from what was acknowledged when the events were appended: the number the acknowledged
/// event had at the first position where the stored rows differ. For the tampering we test:
/// </para>
/// <list type="table">
/// <item><term>a byte of event k's payload changed</term><description>k, HASH_MISMATCH: its number and
/// link are intact, only its content hash differs.</description></item>
/// <item><term>row k deleted</term><description>k, SEQUENCE_GAP: k-1 is followed by k+1.</description></item>
/// <item><term>row k deleted, later rows renumbered</term><description>k, CHAIN_BROKEN: the row now
/// numbered k links to the deleted event, not to k-1.</description></item>
/// <item><term>rows k and k+1 swapped in stored order</term><description>k, SEQUENCE_ORDER: k-1 is followed
/// by k+1 and then k; one number of look-ahead tells this from a deletion.</description></item>
/// <item><term>contents of rows k and k+1 exchanged under their numbers</term><description>k, CHAIN_BROKEN
/// (a primary key on the number makes this the only swap a database allows).</description></item>
/// <item><term>a row inserted at k</term><description>k, CHAIN_BROKEN or HASH_MISMATCH when the row's hashes
/// are made up; SEQUENCE_ORDER at k when it was chained onto k-1 and the genuine k follows it.</description></item>
/// </list>
/// <para>
/// Checks run in this order, and the first that fails is reported: tenant and case (a foreign row),
/// sequence number, link to the previous hash, content hash. The link goes before the content because
/// a row that moved fails both and the link names the cause, whereas content altered in place keeps
/// its link. Limit: the chain has no key, so whoever can write the table can recompute every hash from
/// some event on; then the first detectable number is where the forgery meets an unforged event, and a
/// cut-off tail is invisible. A <see cref="ChainAnchor"/> from a signed checkpoint closes that gap.
/// </para>
/// </remarks>
public sealed class CaseChainVerifier
{
    // Both supported algorithms give 32 bytes; room for a 512-bit one without touching this code.
    private const int MaxHashSize = 64;

    private readonly string tenantId;
    private readonly string caseId;
    private readonly ChainAnchor? anchor;
    private readonly ChainHasher hasher = new();
    private long headSequence;
    private byte[]? headHash;
    private long verifiedCount;
    private long? skippedSequence;
    private long jumpedToSequence;
    private ChainVerification? failure;

    public CaseChainVerifier(string tenantId, string caseId, ChainAnchor? anchor = null)
    {
        ArgumentNullException.ThrowIfNull(tenantId);
        ArgumentNullException.ThrowIfNull(caseId);
        this.tenantId = tenantId;
        this.caseId = caseId;
        this.anchor = anchor;
    }

    public static ChainVerification Verify(string tenantId, string caseId, IEnumerable<StoredEvent> events, ChainAnchor? anchor = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        var verifier = new CaseChainVerifier(tenantId, caseId, anchor);
        foreach (var stored in events)
        {
            if (!verifier.Accept(stored))
            {
                break;
            }
        }

        return verifier.Complete();
    }

    public static async Task<ChainVerification> VerifyAsync(
        string tenantId,
        string caseId,
        IAsyncEnumerable<StoredEvent> events,
        ChainAnchor? anchor = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        var verifier = new CaseChainVerifier(tenantId, caseId, anchor);
        await foreach (var stored in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (!verifier.Accept(stored))
            {
                break;
            }
        }

        return verifier.Complete();
    }

    /// <summary>Checks the next stored event. Returns false once a fault is known; stop feeding then.</summary>
    public bool Accept(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (failure is not null)
        {
            return false;
        }

        var record = stored.Event;
        var expected = headSequence + 1;
        if (skippedSequence is { } skipped)
        {
            // The row before jumped past `skipped`. If this one goes back below that jump, the missing
            // number was only moved (a swap); otherwise it is gone (a deletion).
            return Fail(skipped, record.Sequence < jumpedToSequence ? ChainFault.SequenceOrder : ChainFault.SequenceGap);
        }

        if (!string.Equals(record.TenantId, tenantId, StringComparison.Ordinal))
        {
            // No detail: the other tenant's identifier is not this user's to see.
            return Fail(expected, ChainFault.WrongTenant);
        }

        if (!string.Equals(record.CaseId, caseId, StringComparison.Ordinal))
        {
            return Fail(expected, ChainFault.WrongCase, record.CaseId);
        }

        if (record.Sequence <= headSequence)
        {
            return Fail(record.Sequence >= 1 ? record.Sequence : expected, ChainFault.SequenceOrder);
        }

        if (record.Sequence > expected)
        {
            skippedSequence = expected;
            jumpedToSequence = record.Sequence;
            return true;
        }

        if (!ChainHashAlgorithm.TryGet(record.Algorithm, out var algorithm))
        {
            return Fail(expected, ChainFault.UnknownAlgorithm, record.Algorithm);
        }

        var previous = headHash ?? ChainHasher.Genesis(algorithm, tenantId, caseId);
        if (record.PreviousHash is null || !record.PreviousHash.AsSpan().SequenceEqual(previous))
        {
            return Fail(expected, ChainFault.ChainBroken);
        }

        Span<byte> computed = stackalloc byte[MaxHashSize];
        computed = computed[..algorithm.HashSize];
        try
        {
            hasher.ComputeHash(record, computed);
        }
        catch (FormatException exception)
        {
            return Fail(expected, ChainFault.HashMismatch, exception.Message);
        }

        if (stored.Hash is null || !computed.SequenceEqual(stored.Hash))
        {
            return Fail(expected, ChainFault.HashMismatch);
        }

        headSequence = expected;
        headHash = stored.Hash;
        verifiedCount++;
        if (anchor is not null && expected == anchor.Sequence && !stored.Hash.AsSpan().SequenceEqual(anchor.Hash))
        {
            return Fail(expected, ChainFault.AnchorMismatch);
        }

        return true;
    }

    /// <summary>Ends the stream: valid, or the first fault.</summary>
    public ChainVerification Complete()
    {
        if (failure is null && skippedSequence is { } skipped)
        {
            Fail(skipped, ChainFault.SequenceGap);
        }

        if (failure is null && anchor is not null && headSequence < anchor.Sequence)
        {
            Fail(headSequence + 1, ChainFault.SequenceGap, $"已确认的记录到第 {anchor.Sequence} 号");
        }

        return failure ?? new ChainVerification(true, verifiedCount, headSequence, headHash, null, null, null);
    }

    private bool Fail(long sequence, ChainFault fault, string? detail = null)
    {
        failure = new ChainVerification(false, verifiedCount, headSequence, headHash, sequence, fault, Message(sequence, fault, detail));
        return false;
    }

    private static string Message(long sequence, ChainFault fault, string? detail)
    {
        var message = fault switch
        {
            ChainFault.HashMismatch => $"第 {sequence} 号事件的内容与其哈希值不符，记录已被改动。",
            ChainFault.ChainBroken when sequence == 1 => "第 1 号事件记载的前一哈希不是本案的起始值，记录被替换或插入。",
            ChainFault.ChainBroken => $"第 {sequence} 号事件记载的前一哈希与第 {sequence - 1} 号事件不符，记录被插入、删除或调换。",
            ChainFault.SequenceGap => $"缺少第 {sequence} 号事件，记录已被删除。",
            ChainFault.SequenceOrder => $"第 {sequence} 号事件重复或顺序颠倒，记录被调换或插入。",
            ChainFault.WrongTenant => $"第 {sequence} 号位置上的事件属于其他单位，不属于本案。",
            ChainFault.WrongCase => $"第 {sequence} 号位置上的事件属于其他案件，不属于本案。",
            ChainFault.UnknownAlgorithm => $"第 {sequence} 号事件使用了不支持的哈希算法。",
            ChainFault.AnchorMismatch => $"第 {sequence} 号事件与已签名确认的记录不一致，该号及之前的记录已被重写。",
            _ => throw new SwitchExpressionException(fault),
        };
        return detail is null ? message : $"{message}（{detail}）";
    }
}
