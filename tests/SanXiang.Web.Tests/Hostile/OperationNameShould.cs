using SanXiang.Web.Tests.GraphQL;

namespace SanXiang.Web.Tests.Hostile;

/// <summary>Issue 12 item 19: a 1 MB <c>operationName</c> came back whole in the error message.</summary>
[Trait("Suite", "Hostile")]
[Collection(HostileCollection.Name)]
public sealed class OperationNameShould(HostileAppFactory factory)
{
    [Fact]
    public async Task NotBeEchoedBack()
    {
        var name = "Op" + new string('x', 1024 * 1024);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { query = "query Op { __typename }", operationName = name }),
        };

        var response = await new GraphQLClient(factory.CreateClient()).SendAsync(request);

        Assert.Equal(["BAD_REQUEST"], response.Codes);
        Assert.True(response.Body.ToJsonString().Length < 1000, $"the answer has {response.Body.ToJsonString().Length} characters");
    }
}
