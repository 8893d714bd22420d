using System.Net;
using SanXiang.Web.Tests.GraphQL;

namespace SanXiang.Web.Tests.Hostile;

/// <summary>
/// Issue 12 item 2: an operation ran for as long as it took (over 165 s signed in). A query or
/// mutation is now cancelled at the configured time limit and the client is told so.
/// </summary>
[Trait("Suite", "Hostile")]
public sealed class TimeLimitShould(TimeLimitAppFactory factory) : IClassFixture<TimeLimitAppFactory>
{
    // A wrong password for a real account: checking it hashes the guess, which always takes longer than the 1 ms limit
    // (an unknown user name can be answered sooner than that, and then nothing runs past the limit).
    [Fact]
    public async Task CancelAnOperationThatRunsPastItAndSaySo()
    {
        var response = await new GraphQLClient(factory.CreateClient()).PostAsync(
            "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }", new { u = "gengma-yjj.admin", p = "Some-Guess-2026" });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.Status);
        Assert.Equal(["QUERY_TIMEOUT"], response.Codes);
        Assert.StartsWith("执行超过", response.FirstMessage, StringComparison.Ordinal);
        Assert.Null(response.Data);
    }
}
