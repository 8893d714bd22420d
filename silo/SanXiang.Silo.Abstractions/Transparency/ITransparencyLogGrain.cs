namespace SanXiang.Silo.Transparency;

/// <summary>
/// A tenant's transparency log as the public sees it (ARCHITECTURE.md "Storage"): the signed
/// daily checkpoint, the SM2 key that signs it, and inclusion proofs of single events against it.
/// Key: the tenant id. It holds the reminder that signs the checkpoint once a day.
/// </summary>
public interface ITransparencyLogGrain : IGrainWithStringKey
{
    /// <summary>Registers the daily checkpoint reminder unless it is registered; called for every agency at silo start.</summary>
    Task ScheduleDailyCheckpointAsync();

    /// <summary>Signs a checkpoint of the log as it is now (what the reminder does each day).</summary>
    Task<PublishedCheckpoint> CheckpointAsync();

    /// <summary>The newest signed checkpoint, or null before the first.</summary>
    Task<PublishedCheckpoint?> GetLatestCheckpointAsync();

    /// <summary>The tenant's SM2 public key (uncompressed point, hex), or null before the first checkpoint.</summary>
    Task<string?> GetPublicKeyHexAsync();

    /// <summary>
    /// The audit path of the case's event <paramref name="sequence"/> in the tree the latest
    /// checkpoint signed; the answer says why there is none (no checkpoint yet, no such event,
    /// event newer than the checkpoint).
    /// </summary>
    Task<InclusionAnswer> GetInclusionProofAsync(string caseId, long sequence);
}
