namespace SanXiang.Domain.CaseFiles;

/// <summary>What <see cref="CaseFileVerifier"/> found: every check in order, and the outcome they add up to.</summary>
/// <param name="Checkpoint">The checkpoint the file carries, when its signature verified.</param>
public sealed record CaseFileVerdict(
    CaseFileOutcome Outcome,
    string? TenantId,
    string? CaseId,
    DateTimeOffset? ExportedAt,
    long EventCount,
    string? PublicKeyHex,
    IReadOnlyList<CaseFileFinding> Findings,
    Integrity.Checkpoint? Checkpoint = null)
{
    public IEnumerable<CaseFileFinding> Problems => Findings.Where(f => !f.Passed);

    /// <summary>The chain's first bad event (first bad sequence number and reason), if the chain failed.</summary>
    public CaseFileFinding? FirstBadEvent => Findings.FirstOrDefault(f => !f.Passed && f.Sequence is not null && CaseFileCodes.IsChainCode(f.Code));
}
