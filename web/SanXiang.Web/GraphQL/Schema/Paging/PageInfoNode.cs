using GraphQL;

namespace SanXiang.Web.GraphQL.Schema.Paging;

/// <summary>Where a page ended (Relay's PageInfo, forward paging only): pass <c>endCursor</c> as <c>after</c> for the next page.</summary>
[Name("PageInfo")]
public sealed record PageInfoNode(bool HasNextPage, string? EndCursor);
