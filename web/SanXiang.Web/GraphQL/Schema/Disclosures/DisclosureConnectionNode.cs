using GraphQL;
using SanXiang.Silo.Disclosures;
using SanXiang.Web.GraphQL.Schema.Paging;

namespace SanXiang.Web.GraphQL.Schema.Disclosures;

/// <summary>A page of the agency's disclosures; <c>totalCount</c> is counted only when asked for.</summary>
[Name("DisclosureConnection")]
public sealed class DisclosureConnectionNode(DisclosurePage page, DateOnly today, Func<Task<int>> countAsync)
{
    public IEnumerable<DisclosureNode> Nodes => page.Entries.Select(e => new DisclosureNode(e, today));

    public Task<int> TotalCountAsync() => countAsync();

    public PageInfoNode PageInfo => new(page.HasNextPage, page.EndCursor);
}
