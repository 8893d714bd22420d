using SanXiang.Plugins;

namespace SanXiang.Silo.Officers;

/// <summary>
/// A row of the public 执法人员清单 (DOMAIN.md §1) as the read model holds it: what the portal shows of an officer and
/// nothing more (no reviewer flag, no qualifications, no account). <see cref="AgencyName"/> comes from the agency
/// directory, for look-ups across agencies.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PublishedOfficer(
    [property: Id(0)] string TenantId,
    [property: Id(1)] string AgencyName,
    [property: Id(2)] string Name,
    [property: Id(3)] string Unit,
    [property: Id(4)] string? Position,
    [property: Id(5)] string CertificateNumber,
    [property: Id(6)] IReadOnlyList<EnforcementCategory> Categories,
    [property: Id(7)] string? Area,
    [property: Id(8)] DateOnly ValidFrom,
    [property: Id(9)] DateOnly ValidTo,
    [property: Id(10)] OfficerStatus Status);
