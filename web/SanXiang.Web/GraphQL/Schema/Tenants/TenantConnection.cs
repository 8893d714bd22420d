using GraphQL;
using SanXiang.Silo.Agencies;
using SanXiang.Web.GraphQL.Schema.Paging;

namespace SanXiang.Web.GraphQL.Schema.Tenants;

/// <summary>A page of agencies: <c>totalCount</c> counts every agency the filters match, not only this page's.</summary>
[Name("TenantConnection")]
public sealed class TenantConnection(AgencyListPage page)
{
    public IEnumerable<TenantNode> Nodes => page.Items.Select(item => new TenantNode(item.Profile));

    public int TotalCount => page.TotalCount;

    public PageInfoNode PageInfo => new(page.HasNextPage, page.EndCursor is { } end ? TenantCursor.Encode(end) : null);
}
