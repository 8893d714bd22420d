namespace SanXiang.Domain.CaseFiles;

/// <summary>
/// <c>manifest.json</c>: what the case file holds. It is not signed — the checkpoint is — so it says
/// what to expect, and every claim in it is checked against the files, the chain and the proofs.
/// </summary>
public sealed record CaseFileManifest(
    int FormatVersion,
    string TenantId,
    string CaseId,
    DateTimeOffset ExportedAt,
    string HashAlgorithm,
    long EventCount,
    IReadOnlyList<CaseFileEntry> Files);
