using GraphQL;
using SanXiang.Silo.Cases;
using SanXiang.Web.GraphQL.Schema.Paging;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>A page of cases, newest filing first; <c>totalCount</c> is counted only when asked for.</summary>
[Name("CaseConnection")]
public sealed class CaseConnectionNode(CaseListPage page, DateOnly today, Func<Task<int>> countAsync)
{
    public IEnumerable<CaseSummaryNode> Nodes => page.Cases.Select(c => new CaseSummaryNode(c, page.AgencyName(c.TenantId), today));

    public Task<int> TotalCountAsync() => countAsync();

    public PageInfoNode PageInfo => new(page.HasNextPage, page.EndCursor);
}
