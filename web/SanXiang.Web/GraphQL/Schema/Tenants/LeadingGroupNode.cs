using GraphQL;
using SanXiang.Silo.Agencies;

namespace SanXiang.Web.GraphQL.Schema.Tenants;

[Name("LeadingGroup")]
public sealed class LeadingGroupNode(LeadingGroup group)
{
    public string Name => group.Name;

    public string? Office => group.Office;

    public IEnumerable<LeadingGroupMemberNode> Members => group.Members.Select(m => new LeadingGroupMemberNode(m));
}
