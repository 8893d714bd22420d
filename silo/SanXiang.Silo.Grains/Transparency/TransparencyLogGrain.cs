using Microsoft.Extensions.Logging;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Transparency;

namespace SanXiang.Silo.Grains.Transparency;

/// <summary>
/// One per tenant: its checkpoints (signed here, so signings of one tenant queue in one activation), its
/// public key and proofs against its latest checkpoint. The daily signing is scheduled by the platform's
/// <see cref="CheckpointScheduleGrain"/>, which calls <see cref="CheckpointAsync"/> at the tenant's time.
/// </summary>
public sealed partial class TransparencyLogGrain(TenantMerkleLog log, ILogger<TransparencyLogGrain> logger) : Grain, ITransparencyLogGrain, IRemindable
{
    /// <summary>The name of the per-tenant reminder of earlier versions; one that still fires removes itself.</summary>
    public const string DailyCheckpoint = "daily-checkpoint";

    // The same answer for an unknown case, an unknown event and one newer than the checkpoint: an
    // anonymous caller learns nothing about which cases exist or how many events they have.
    private const string NotProvable = "没有可以证明的事件：该案件或事件不存在，或事件晚于最新检查点（检查点每日签署，签署后可查）。";

    private string TenantId => this.GetPrimaryKeyString();

    public async Task<PublishedCheckpoint> CheckpointAsync()
    {
        var signed = await log.CheckpointAsync(TenantId, DateTimeOffset.UtcNow);
        LogCheckpoint(TenantId, signed.Checkpoint.TreeSize);
        return ToPublished(signed);
    }

    public async Task<PublishedCheckpoint?> GetLatestCheckpointAsync() =>
        await log.GetLatestCheckpointAsync(TenantId) is { } signed ? ToPublished(signed) : null;

    public async Task<string?> GetPublicKeyHexAsync() => (await log.GetPublicKeyAsync(TenantId))?.ToHex();

    public async Task<InclusionAnswer> GetInclusionProofAsync(string caseId, long sequence)
    {
        ArgumentException.ThrowIfNullOrEmpty(caseId);
        if (await log.GetLatestCheckpointAsync(TenantId) is not { } latest)
        {
            return InclusionAnswer.Missing("本机关尚未发布签名检查点。");
        }

        var treeSize = latest.Checkpoint.TreeSize;
        if (await log.FindLeafIndexAsync(TenantId, caseId, sequence) is not { } index || index >= treeSize)
        {
            return InclusionAnswer.Missing(NotProvable);
        }

        var proof = await log.GetInclusionProofAsync(TenantId, caseId, sequence, treeSize);

        // The tree recomputed from the stored hashes must be the tree that was signed; if not, the
        // log was rewritten after signing, and a proof against it would prove nothing.
        if (!proof.TreeHead.RootHash.AsSpan().SequenceEqual(latest.Checkpoint.RootHash))
        {
            throw new InvalidDataException($"单位 {TenantId} 的日志与已签名的检查点不一致：记录在签署后被改动。");
        }

        return InclusionAnswer.Found(new EventInclusionProof(
            caseId,
            sequence,
            Convert.ToHexStringLower(proof.EventHash),
            proof.LeafIndex,
            treeSize,
            Convert.ToHexStringLower(proof.TreeHead.RootHash),
            [.. proof.AuditPath.Select(Convert.ToHexStringLower)],
            proof.TreeHead.Algorithm));
    }

    public async Task<LiveCaseFileCheck> CheckCaseFileAsync(string caseId, string publicKeyHex, long treeSize, string rootHex)
    {
        ArgumentException.ThrowIfNullOrEmpty(caseId);
        var key = await log.GetPublicKeyAsync(TenantId);
        var latest = await log.GetLatestCheckpointAsync(TenantId);
        if (key is null || latest is null)
        {
            return new LiveCaseFileCheck(false, false, null, null);
        }

        var keyMatches = string.Equals(key.ToHex(), publicKeyHex, StringComparison.OrdinalIgnoreCase);

        // The file's signed tree must be a prefix of the live log: its root recomputed from the stored tree (O(log n) rows).
        var current = (await log.GetTreeHeadAsync(TenantId)).Size;
        var inLog = treeSize >= 0 && treeSize <= current
            && Convert.ToHexStringLower((await log.GetTreeHeadAsync(TenantId, treeSize)).RootHash) == rootHex.ToLowerInvariant();
        var head = await log.GetCaseHeadProofAsync(latest.Checkpoint, caseId);
        return new LiveCaseFileCheck(keyMatches, inLog, head?.Sequence, latest.Checkpoint.Timestamp);
    }

    // Earlier versions registered a reminder per tenant; the schedule grain signs now, so such a reminder retires itself.
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == DailyCheckpoint && await this.GetReminder(DailyCheckpoint) is { } legacy)
        {
            await this.UnregisterReminder(legacy);
        }
    }

    private static PublishedCheckpoint ToPublished(SignedCheckpoint signed) => new(
        signed.Checkpoint.TenantId,
        signed.Checkpoint.TreeSize,
        Convert.ToHexStringLower(signed.Checkpoint.RootHash),
        signed.Checkpoint.Timestamp,
        signed.Checkpoint.Algorithm,
        signed.Note,
        signed.PublicKeyHex);

    [LoggerMessage(Level = LogLevel.Information, Message = "Signed the checkpoint of {Tenant} at {TreeSize} events")]
    private partial void LogCheckpoint(string tenant, long treeSize);
}
