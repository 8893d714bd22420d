namespace SanXiang.Silo.Agencies;

/// <summary>An agency as the console shows it: profile, sections and leading group.</summary>
[GenerateSerializer, Immutable]
public sealed record Agency(
    [property: Id(0)] AgencyProfile Profile,
    [property: Id(1)] IReadOnlyList<OrgUnit> OrgUnits,
    [property: Id(2)] LeadingGroup? LeadingGroup,
    [property: Id(3)] DateTimeOffset? EditedAt);
