using SanXiang.Domain.Integrity;

namespace SanXiang.Silo.Grains.EventLog;

/// <summary>A stored checkpoint: the note is the text published at the tenant's public URL.</summary>
public sealed record SignedCheckpoint(Checkpoint Checkpoint, string Note, string PublicKeyHex);
