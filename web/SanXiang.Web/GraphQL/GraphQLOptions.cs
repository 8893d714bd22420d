namespace SanXiang.Web.GraphQL;

/// <summary>
/// <c>SanXiang:GraphQL</c>: the limits an operator may want to move. A query or mutation that runs
/// longer than <see cref="TimeLimit"/> is cancelled (<c>QUERY_TIMEOUT</c>); an answer larger than
/// <see cref="MaxResponseBytes"/> is not sent (<c>RESPONSE_TOO_LARGE</c>) — 40 aliases of one large
/// field would otherwise be 40 copies of it.
/// </summary>
public sealed class GraphQLOptions
{
    public const string Section = "SanXiang:GraphQL";

    public TimeSpan TimeLimit { get; set; } = TimeSpan.FromSeconds(15);

    public long MaxResponseBytes { get; set; } = 16L * 1024 * 1024;
}
