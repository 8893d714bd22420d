namespace SanXiang.Silo.Agencies;

/// <summary>领导小组 and where its office (办公室) sits.</summary>
[GenerateSerializer, Immutable]
public sealed record LeadingGroup(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Office,
    [property: Id(2)] IReadOnlyList<LeadingGroupMember> Members);
