namespace SanXiang.Silo.Agencies;

/// <summary>
/// One seat in a leading group. Some plans name the person (Gengma), others only the post
/// ("由局长任组长"): then <see cref="Name"/> is null and <see cref="Title"/> says who.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record LeadingGroupMember(
    [property: Id(0)] LeadingGroupRole Role,
    [property: Id(1)] string? Name,
    [property: Id(2)] string? Title);
