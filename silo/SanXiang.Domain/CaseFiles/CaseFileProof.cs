namespace SanXiang.Domain.CaseFiles;

/// <summary>One event's inclusion proof: leaf data is the event's chain hash; the path runs leaf to root, in lower-case hex.</summary>
public sealed record CaseFileProof(long Seq, long LeafIndex, IReadOnlyList<string> AuditPath);
