namespace SanXiang.Domain.CaseFiles;

/// <summary>
/// <c>case-head.json</c>: the case's head (last sequence number and chain hash) as the checkpoint's
/// <c>cases</c> line commits to it, with the leaf's position among the tenant's cases and its RFC 6962
/// audit path (leaf data <see cref="Integrity.CaseHeads.LeafData"/>, lower-case hex, leaf to root).
/// </summary>
public sealed record CaseFileCaseHead(long Seq, string Hash, long LeafIndex, long CaseCount, IReadOnlyList<string> AuditPath);
