namespace SanXiang.Silo.Cases;

/// <summary>An officer named on a case or step, as the roster knew them when they were named.</summary>
[GenerateSerializer, Immutable]
public sealed record CaseOfficer(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string CertificateNumber);
