using Microsoft.Extensions.Logging;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Integrity.Witnessing;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Transparency;

namespace SanXiang.Silo.Grains.Transparency;

/// <summary>
/// A supervising department's witness (key: the department). It loads what it cosigned of the agency before, lets
/// <see cref="CheckpointWitness"/> decide, and records the answer: the new head (compare-and-set, before it answers, as
/// C2SP tlog-witness requires) and its cosignature, or an alert. One activation per department, so its agencies'
/// checkpoints are witnessed one at a time; the stored compare-and-set keeps that true across silos as well.
/// </summary>
public sealed partial class WitnessGrain(WitnessStore store, TenantMerkleLog logs, TimeProvider clock, ILogger<WitnessGrain> logger) : Grain, IWitnessGrain
{
    private string DepartmentId => this.GetPrimaryKeyString();

    public async Task<WitnessAnswer> AddCheckpointAsync(string subjectId, long oldSize, IReadOnlyList<byte[]> proof, string note)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        ArgumentNullException.ThrowIfNull(proof);

        // C2SP: a witness answers only for the logs it is configured with; here, the agencies whose parent this department is.
        var subject = await GrainFactory.GetGrain<IAgencyQueryGrain>(GrainKeys.Platform).FindAsync(subjectId);
        if (subject?.ParentId != DepartmentId)
        {
            throw new SanXiangException(ErrorCodes.Forbidden, $"机关“{subjectId}”不由本部门监督，本部门不为其见证。");
        }

        var record = await store.GetAsync(DepartmentId, subjectId);

        // The agency's key is pinned when first seen: a key replaced later does not make a rewritten log look genuine.
        var subjectKey = record?.SubjectKey ?? await logs.GetPublicKeyAsync(subjectId)
            ?? throw new SanXiangException(ErrorCodes.NotFound, $"机关“{subjectId}”尚未发布签名检查点。");
        var decision = CheckpointWitness.Decide(note, subjectId, subjectKey, record?.Head, oldSize, proof);
        var now = clock.GetUtcNow();
        if (decision.Cosigns && decision.Checkpoint is { } checkpoint)
        {
            var key = await store.GetOrCreateKeyAsync(DepartmentId, now);
            var next = new WitnessedHead(checkpoint.TreeSize, checkpoint.RootHash);
            if (!await store.AdvanceAsync(DepartmentId, subjectId, record?.Head, next, subjectKey, now))
            {
                // Another cosigning of this agency came first: the log asks again from what is stored now.
                var stored = await store.GetAsync(DepartmentId, subjectId);
                return new WitnessAnswer(WitnessOutcome.Conflict, stored?.Head.TreeSize ?? 0, null, null);
            }

            if (decision.Outcome == WitnessOutcome.FirstUse)
            {
                LogFirstUse(DepartmentId, subjectId, checkpoint.TreeSize);
            }

            var line = CosignatureNote.Sign(checkpoint, CosignatureNote.WitnessName(DepartmentId), key, now);
            return new WitnessAnswer(decision.Outcome, checkpoint.TreeSize, line, DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds()));
        }

        if (decision.Alerts)
        {
            await store.RaiseAlertAsync(DepartmentId, subjectId, decision, note ?? string.Empty, now);
            LogRefused(DepartmentId, subjectId, decision.Outcome, decision.PreviousSize, decision.NewSize);
        }

        return new WitnessAnswer(decision.Outcome, record?.Head.TreeSize ?? 0, null, null);
    }

    public async Task<string?> GetPublicKeyHexAsync() => (await store.FindKeyAsync(DepartmentId))?.ToHex();

    public async Task<IReadOnlyList<WitnessAlert>> ListAlertsAsync(int limit)
    {
        var alerts = await store.ListAlertsAsync(DepartmentId, Math.Clamp(limit, 1, 500));
        return [.. alerts.Select(a => new WitnessAlert(a.Id, a.SubjectId, a.Outcome, a.OldSize, a.NewSize, a.RaisedAt))];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Witness {Department} trusted the log of {Agency} on first use at {TreeSize} events")]
    private partial void LogFirstUse(string department, string agency, long treeSize);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Witness {Department} refused the checkpoint of {Agency}: {Outcome} (cosigned before {OldSize}, now {NewSize})")]
    private partial void LogRefused(string department, string agency, WitnessOutcome outcome, long oldSize, long newSize);
}
