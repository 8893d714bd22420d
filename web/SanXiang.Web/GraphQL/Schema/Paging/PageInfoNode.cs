using GraphQL;

namespace SanXiang.Web.GraphQL.Schema.Paging;

/// <summary>Where a page ended (the Relay connection shape): pass <see cref="EndCursor"/> as <c>after</c> for the next page.</summary>
[Name("PageInfo")]
public sealed class PageInfoNode(bool hasNextPage, string? endCursor)
{
    public bool HasNextPage => hasNextPage;

    public string? EndCursor => endCursor;
}
