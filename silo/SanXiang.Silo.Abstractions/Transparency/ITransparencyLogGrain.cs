namespace SanXiang.Silo.Transparency;

/// <summary>
/// A tenant's transparency log as the public sees it (ARCHITECTURE.md "Storage"): the signed
/// daily checkpoint, the SM2 key that signs it, and inclusion proofs of single events against it.
/// Key: the tenant id. <see cref="ICheckpointScheduleGrain"/> calls it at the tenant's time each day.
/// </summary>
public interface ITransparencyLogGrain : IGrainWithStringKey
{
    /// <summary>Signs a checkpoint of the log as it is now, with every case's head (what the schedule does each day).</summary>
    Task<PublishedCheckpoint> CheckpointAsync();

    /// <summary>The newest signed checkpoint, or null before the first.</summary>
    Task<PublishedCheckpoint?> GetLatestCheckpointAsync();

    /// <summary>The tenant's SM2 public key (uncompressed point, hex), or null before the first checkpoint.</summary>
    Task<string?> GetPublicKeyHexAsync();

    /// <summary>
    /// The audit path of the case's event <paramref name="sequence"/> in the tree the latest
    /// checkpoint signed; without one, the answer says the agency has no checkpoint yet, or — the
    /// same words whatever the reason — that the event cannot be proved.
    /// </summary>
    Task<InclusionAnswer> GetInclusionProofAsync(string caseId, long sequence);

    /// <summary>
    /// A case file held against the live log (the /verify page's online check): is its key the agency's,
    /// is the tree its checkpoint signed a prefix of the live log, and how far the case has got since.
    /// </summary>
    Task<LiveCaseFileCheck> CheckCaseFileAsync(string caseId, string publicKeyHex, long treeSize, string rootHex);
}
