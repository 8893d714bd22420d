namespace SanXiang.Silo.Grains.EventLog;

/// <summary>A case's head in its tenant's case-head map (<see cref="Domain.Integrity.CaseHeads"/>) and the audit path to the map's root.</summary>
public sealed record CaseHeadProof(string CaseId, long Sequence, byte[] Hash, long LeafIndex, long CaseCount, IReadOnlyList<byte[]> AuditPath);
