using SanXiang.Domain.Integrity;

namespace SanXiang.Silo.Grains.EventLog;

/// <summary>
/// A stored checkpoint: the note is the text published at the tenant's public URL — the agency's signed note followed by
/// its witnesses' cosignature lines, each listed in <see cref="Witnesses"/> with its time.
/// </summary>
public sealed record SignedCheckpoint(Checkpoint Checkpoint, string Note, string PublicKeyHex, IReadOnlyList<CheckpointCosignature> Witnesses);
