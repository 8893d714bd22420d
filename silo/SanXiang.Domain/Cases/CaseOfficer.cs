namespace SanXiang.Domain.Cases;

/// <summary>An officer named on a case or step, as the roster knew them when they were named.</summary>
public sealed record CaseOfficer(
    string Id,
    string Name,
    string CertificateNumber);
