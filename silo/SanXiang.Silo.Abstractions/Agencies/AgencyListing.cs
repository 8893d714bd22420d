namespace SanXiang.Silo.Agencies;

/// <summary>One row of an agency list: the profile, its supervising department's name and how many agencies it supervises directly.</summary>
[GenerateSerializer, Immutable]
public sealed record AgencyListing(
    [property: Id(0)] AgencyProfile Profile,
    [property: Id(1)] string? ParentName,
    [property: Id(2)] int ChildCount);
