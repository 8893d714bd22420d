using SanXiang.Domain.CaseFiles;

namespace SanXiang.Web.CaseFiles;

/// <summary>What <c>POST /verify/case-file</c> answers and the /verify page shows.</summary>
/// <param name="Outcome">VALID, INVALID or UNUSABLE.</param>
public sealed record CaseFileVerdictView(
    string Outcome,
    string? TenantId,
    string? CaseId,
    DateTimeOffset? ExportedAt,
    long EventCount,
    string? PublicKeyHex,
    CaseFileFinding? FirstBadEvent,
    IReadOnlyList<CaseFileFinding> Findings)
{
    public static CaseFileVerdictView From(CaseFileVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return new(
            verdict.Outcome.ToString().ToUpperInvariant(),
            verdict.TenantId,
            verdict.CaseId,
            verdict.ExportedAt,
            verdict.EventCount,
            verdict.PublicKeyHex,
            verdict.FirstBadEvent,
            verdict.Findings);
    }
}
