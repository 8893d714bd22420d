using GraphQL;
using SanXiang.Silo.Cases;
using SanXiang.Web.GraphQL.Schema.Paging;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>A page of the legal-review queue, oldest submission first; <c>totalCount</c> is counted only when asked for.</summary>
[Name("ReviewQueueConnection")]
public sealed class ReviewQueueConnectionNode(ReviewQueuePage page, DateOnly today, Func<Task<int>> countAsync)
{
    public IEnumerable<ReviewQueueItemNode> Nodes => page.Entries.Select(e => new ReviewQueueItemNode(e, today));

    public Task<int> TotalCountAsync() => countAsync();

    public PageInfoNode PageInfo => new(page.HasNextPage, page.EndCursor);
}
