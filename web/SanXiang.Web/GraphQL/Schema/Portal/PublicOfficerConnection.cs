using GraphQL;
using SanXiang.Web.GraphQL.Schema.Paging;
using SanXiang.Web.Portal;

namespace SanXiang.Web.GraphQL.Schema.Portal;

/// <summary>A page of an agency's public officer list, by unit, then certificate number.</summary>
[Name("PublicOfficerConnection")]
public sealed class PublicOfficerConnection(PortalOfficerPage page)
{
    public IEnumerable<PublicOfficerNode> Nodes => page.Items.Select(o => new PublicOfficerNode(o));

    public int TotalCount => page.TotalCount;

    public PageInfoNode PageInfo => new(page.HasNextPage, page.EndCursor);
}
