namespace SanXiang.Silo.Grains.Documents;

/// <param name="Fields">Values by the template's field names; the case's own facts are already merged in by the caller.</param>
/// <param name="IssuedOn">The date on the document; its year picks the number sequence.</param>
public sealed record DocumentIssueRequest(
    string TenantId,
    string CaseId,
    string DocumentId,
    string SectorId,
    string Kind,
    IReadOnlyDictionary<string, string> Fields,
    DateOnly IssuedOn);
