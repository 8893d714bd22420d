using Microsoft.Extensions.Logging;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Transparency;

namespace SanXiang.Silo.Grains.Transparency;

/// <summary>
/// One per tenant, holding that tenant's daily-checkpoint reminder. A reminder per tenant rather
/// than one platform reminder that walks the directory: each tenant's checkpoint is signed on its
/// own (one tenant's failure or large log does not delay the others), the work spreads over the
/// silos of a cluster, and the reminders table shows per tenant that its checkpoint is scheduled.
/// </summary>
public sealed partial class TransparencyLogGrain(TenantMerkleLog log, ILogger<TransparencyLogGrain> logger) : Grain, ITransparencyLogGrain, IRemindable
{
    public const string DailyCheckpoint = "daily-checkpoint";

    // Signed a few minutes after midnight Beijing time (UTC+8, no daylight saving), so that each
    // checkpoint closes the previous calendar day of the agency's records.
    private static readonly TimeSpan SigningTimeUtc = new(16, 5, 0);

    private string TenantId => this.GetPrimaryKeyString();

    public async Task ScheduleDailyCheckpointAsync()
    {
        if (await this.GetReminder(DailyCheckpoint) is not null)
        {
            return;
        }

        await this.RegisterOrUpdateReminder(DailyCheckpoint, UntilNextSigning(DateTimeOffset.UtcNow), TimeSpan.FromDays(1));
    }

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
        if (await log.FindLeafIndexAsync(TenantId, caseId, sequence) is not { } index)
        {
            return InclusionAnswer.Missing($"案件 {caseId} 没有第 {sequence} 号事件。");
        }

        if (index >= treeSize)
        {
            return InclusionAnswer.Missing($"案件 {caseId} 第 {sequence} 号事件晚于最新检查点（{treeSize} 条记录），下一次检查点签署后可查。");
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

    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        reminderName == DailyCheckpoint ? CheckpointAsync() : Task.CompletedTask;

    /// <summary>Time from <paramref name="now"/> to the next signing time (never zero: a tick due now would race the registration).</summary>
    public static TimeSpan UntilNextSigning(DateTimeOffset now)
    {
        var utc = now.ToUniversalTime();
        var next = new DateTimeOffset(utc.Date + SigningTimeUtc, TimeSpan.Zero);
        if (next <= utc)
        {
            next = next.AddDays(1);
        }

        return next - utc;
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
