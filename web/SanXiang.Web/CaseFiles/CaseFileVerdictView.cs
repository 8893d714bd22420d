using SanXiang.Domain.CaseFiles;

namespace SanXiang.Web.CaseFiles;

/// <summary>What <c>POST /verify/case-file</c> answers and the /verify page shows.</summary>
/// <param name="Outcome">VALID, INVALID or UNUSABLE; INVALID also when an online check against the agency's live log failed.</param>
/// <param name="AgencyName">The agency's name when it is on this platform (then <see cref="OnlineChecked"/> is true).</param>
/// <param name="SignedAt">When the checkpoint the file carries was signed.</param>
public sealed record CaseFileVerdictView(
    string Outcome,
    string? TenantId,
    string? CaseId,
    DateTimeOffset? ExportedAt,
    long EventCount,
    string? PublicKeyHex,
    CaseFileFinding? FirstBadEvent,
    IReadOnlyList<CaseFileFinding> Findings,
    string? AgencyName = null,
    bool OnlineChecked = false,
    DateTimeOffset? SignedAt = null)
{
    public static CaseFileVerdictView From(CaseFileVerdict verdict, string? agencyName = null, IReadOnlyList<CaseFileFinding>? online = null)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        online ??= [];
        var outcome = verdict.Outcome == CaseFileOutcome.Valid && online.Any(f => !f.Passed) ? CaseFileOutcome.Invalid : verdict.Outcome;
        return new(
            outcome.ToString().ToUpperInvariant(),
            verdict.TenantId,
            verdict.CaseId,
            verdict.ExportedAt,
            verdict.EventCount,
            verdict.PublicKeyHex,
            verdict.FirstBadEvent,
            [.. verdict.Findings, .. online],
            agencyName,
            online.Count > 0,
            verdict.Checkpoint?.Timestamp);
    }
}
