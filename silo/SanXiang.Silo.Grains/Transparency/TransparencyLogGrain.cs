using Microsoft.Extensions.Logging;
using SanXiang.Domain.Integrity.Witnessing;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Transparency;

namespace SanXiang.Silo.Grains.Transparency;

/// <summary>
/// One per tenant: its checkpoints (signed here, so signings of one tenant queue in one activation), its
/// public key and proofs against its latest checkpoint. The daily signing is scheduled by the platform's
/// <see cref="CheckpointScheduleGrain"/>, which calls <see cref="CheckpointAsync"/> at the tenant's time; each checkpoint
/// signed is then submitted to the supervising department's witness (<see cref="IWitnessGrain"/>), one agency at a time
/// as the schedule signs them, and its cosignature kept beside the note.
/// </summary>
public sealed partial class TransparencyLogGrain(TenantMerkleLog log, TimeProvider clock, ILogger<TransparencyLogGrain> logger) : Grain, ITransparencyLogGrain, IRemindable
{
    /// <summary>The name of the per-tenant reminder of earlier versions; one that still fires removes itself.</summary>
    public const string DailyCheckpoint = "daily-checkpoint";

    // The same answer for an unknown case, an unknown event and one newer than the checkpoint: an
    // anonymous caller learns nothing about which cases exist or how many events they have.
    private const string NotProvable = "没有可以证明的事件：该案件或事件不存在，或事件晚于最新检查点（检查点每日签署，签署后可查）。";

    private string TenantId => this.GetPrimaryKeyString();

    public async Task<PublishedCheckpoint> CheckpointAsync()
    {
        var signed = await log.CheckpointAsync(TenantId, clock.GetUtcNow());
        LogCheckpoint(TenantId, signed.Checkpoint.TreeSize);
        return ToPublished(await WitnessAsync(signed));
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

    // C2SP tlog-witness, as the log: submit the checkpoint with a proof from the size the witness cosigned last; told
    // another size (a conflict), prove from that one, once. A witness that refuses or fails leaves the checkpoint as
    // signed: it is the agency's record either way, and the refusal is the department's alert, not the agency's error.
    private async Task<SignedCheckpoint> WitnessAsync(SignedCheckpoint signed)
    {
        var profile = await GrainFactory.GetGrain<IAgencyQueryGrain>(GrainKeys.Platform).FindAsync(TenantId);
        if (profile?.ParentId is not { } department || signed.Witnesses.Any(w => w.DepartmentId == department))
        {
            return signed;
        }

        try
        {
            var checkpoint = signed.Checkpoint;
            var agencyNote = AgencyNote(signed.Note);
            var witness = GrainFactory.GetGrain<IWitnessGrain>(department);
            var oldSize = await log.GetCosignedSizeAsync(TenantId, department);
            for (var attempt = 0; attempt < 2; attempt++)
            {
                IReadOnlyList<byte[]> proof = oldSize > 0 && oldSize < checkpoint.TreeSize
                    ? (await log.GetConsistencyProofAsync(TenantId, oldSize, checkpoint.TreeSize)).Path
                    : [];
                var from = oldSize;
                var answer = await TenantCallContext.RunAsync(department, () => witness.AddCheckpointAsync(TenantId, from, proof, agencyNote));
                if (answer.CosignatureLine is { } line)
                {
                    await log.AddCosignatureAsync(TenantId, checkpoint.Timestamp, department, line, answer.CosignedAt ?? clock.GetUtcNow());
                    return await log.GetLatestCheckpointAsync(TenantId) ?? signed;
                }

                if (answer.Outcome != WitnessOutcome.Conflict)
                {
                    LogNotWitnessed(TenantId, department, answer.Outcome);
                    return signed;
                }

                oldSize = answer.WitnessSize;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogWitnessFailed(TenantId, department, e);
        }

        return signed;
    }

    // The agency's own note: everything up to and including its signature line, the first after the blank line.
    private static string AgencyNote(string note)
    {
        var blank = note.IndexOf("\n\n", StringComparison.Ordinal);
        return note[..(note.IndexOf('\n', blank + 2) + 1)];
    }

    private static PublishedCheckpoint ToPublished(SignedCheckpoint signed) => new(
        signed.Checkpoint.TenantId,
        signed.Checkpoint.TreeSize,
        Convert.ToHexStringLower(signed.Checkpoint.RootHash),
        signed.Checkpoint.Timestamp,
        signed.Checkpoint.Algorithm,
        signed.Note,
        signed.PublicKeyHex,
        [.. signed.Witnesses.Select(w => new CheckpointWitnessing(w.DepartmentId, w.CosignedAt))]);

    [LoggerMessage(Level = LogLevel.Information, Message = "Signed the checkpoint of {Tenant} at {TreeSize} events")]
    private partial void LogCheckpoint(string tenant, long treeSize);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The checkpoint of {Tenant} was not witnessed by {Department}: {Outcome}")]
    private partial void LogNotWitnessed(string tenant, string department, WitnessOutcome outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not ask {Department} to witness the checkpoint of {Tenant}")]
    private partial void LogWitnessFailed(string tenant, string department, Exception error);
}
