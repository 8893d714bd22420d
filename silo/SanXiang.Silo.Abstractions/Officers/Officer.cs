using SanXiang.Plugins;

namespace SanXiang.Silo.Officers;

/// <summary>
/// An enforcement officer (执法人员) and their certificate. <see cref="Categories"/> are the
/// enforcement categories the certificate covers; <see cref="Id"/> is the normalised
/// certificate number (<see cref="OfficerId.FromCertificate"/>). <see cref="Deactivation"/> says why and since when an
/// officer is <see cref="OfficerStatus.Inactive"/>; <see cref="PastTerms"/> are the validities renewals replaced.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Officer(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Unit,
    [property: Id(3)] string? Position,
    [property: Id(4)] string CertificateNumber,
    [property: Id(5)] IReadOnlyList<EnforcementCategory> Categories,
    [property: Id(6)] string? Area,
    [property: Id(7)] DateOnly ValidFrom,
    [property: Id(8)] DateOnly ValidTo,
    [property: Id(9)] OfficerStatus Status,
    [property: Id(10)] bool IsReviewer,
    [property: Id(11)] bool HasLegalQualification)
{
    [Id(12)]
    public OfficerDeactivation? Deactivation { get; init; }

    [Id(13)]
    public IReadOnlyList<CertificateTerm> PastTerms { get; init; } = [];
}
