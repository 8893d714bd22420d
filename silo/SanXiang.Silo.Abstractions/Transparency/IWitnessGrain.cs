namespace SanXiang.Silo.Transparency;

/// <summary>
/// A supervising department as the witness of the agencies it supervises (C2SP tlog-witness, cosignature/v1 with SM2;
/// ARCHITECTURE.md "Transparency"). Key: the department's tenant id. An agency's transparency log submits each new
/// checkpoint here; the witness cosigns only a checkpoint whose signature verifies with the agency's key and that is
/// consistent with the one it cosigned before, and records an alert when it refuses one that may be a rewritten log.
/// </summary>
public interface IWitnessGrain : IGrainWithStringKey
{
    /// <summary>
    /// add-checkpoint: <paramref name="note"/> is the agency's signed checkpoint, <paramref name="proof"/> the RFC 6962
    /// consistency proof from <paramref name="oldSize"/> (the size the log believes the witness cosigned last, 0 the first
    /// time). FORBIDDEN when <paramref name="subjectId"/> is not an agency this department supervises.
    /// </summary>
    Task<WitnessAnswer> AddCheckpointAsync(string subjectId, long oldSize, IReadOnlyList<byte[]> proof, string note);

    /// <summary>The witness's SM2 public key (uncompressed point, hex), or null before it first cosigned.</summary>
    Task<string?> GetPublicKeyHexAsync();

    /// <summary>The checkpoints this department refused to witness, newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<WitnessAlert>> ListAlertsAsync(int limit);
}
