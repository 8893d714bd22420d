using GraphQL;
using SanXiang.Silo.Supervision;
using SanXiang.Web.GraphQL.Schema.Paging;

namespace SanXiang.Web.GraphQL.Schema.Supervision;

/// <summary>A page of findings; pass <c>pageInfo.endCursor</c> as <c>after</c> for the next.</summary>
[Name("FindingConnection")]
public sealed class FindingConnectionNode(FindingPage page)
{
    public IEnumerable<FindingNode> Nodes => page.Items.Select(f => new FindingNode(f));

    public PageInfoNode PageInfo => new(page.HasMore, page.Items.Count == 0 ? null : page.Items[^1].Id);
}
