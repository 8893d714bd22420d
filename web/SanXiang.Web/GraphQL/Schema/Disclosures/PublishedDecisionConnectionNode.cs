using GraphQL;
using SanXiang.Silo.Disclosures;
using SanXiang.Web.GraphQL.Schema.Paging;

namespace SanXiang.Web.GraphQL.Schema.Disclosures;

/// <summary>A page of published decisions, newest publication first.</summary>
[Name("PublishedDecisionConnection")]
public sealed class PublishedDecisionConnectionNode(PublicDecisionPage page)
{
    public IEnumerable<PublishedDecisionNode> Nodes => page.Decisions.Select(d => new PublishedDecisionNode(d));

    public PageInfoNode PageInfo => new(page.HasNextPage, page.EndCursor);
}
