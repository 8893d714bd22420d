namespace SanXiang.Silo.Agencies;

/// <summary>
/// Who an agency is. <see cref="ParentId"/> is the department that supervises its roll-out
/// (上级); <see cref="Onboarded"/> is false for a supervising department that the seeds name but
/// that does not (yet) run its own cases here. <see cref="DocumentCode"/> is the 机关代字 its
/// official document numbers start with (GB/T 9704, e.g. 新市监 in 新市监罚〔2026〕12号); when it is
/// not set, one is derived from the name (SanXiang.Domain.Agencies.AgencyDocumentCode).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AgencyProfile(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] AgencyLevel Level,
    [property: Id(3)] string Sector,
    [property: Id(4)] string RegionCode,
    [property: Id(5)] string? ParentId,
    [property: Id(6)] string? CreditCode,
    [property: Id(7)] bool Onboarded,
    [property: Id(8)] string? Source,
    [property: Id(9)] string? DocumentCode = null);
