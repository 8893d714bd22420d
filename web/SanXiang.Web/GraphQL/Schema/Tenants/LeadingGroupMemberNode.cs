using GraphQL;
using SanXiang.Silo.Agencies;

namespace SanXiang.Web.GraphQL.Schema.Tenants;

/// <summary>A seat; <see cref="Name"/> is null where the plan names only the post (<see cref="Title"/>).</summary>
[Name("LeadingGroupMember")]
public sealed class LeadingGroupMemberNode(LeadingGroupMember member)
{
    public LeadingGroupRole Role => member.Role;

    public string? Name => member.Name;

    public string? Title => member.Title;
}
