namespace SanXiang.Silo.Grains.EventLog;

/// <summary>RFC 6962 §2.1.2: the log at <see cref="NewHead"/> is an append-only extension of the log at <see cref="OldHead"/>.</summary>
public sealed record ConsistencyProof(TreeHead OldHead, TreeHead NewHead, IReadOnlyList<byte[]> Path);
