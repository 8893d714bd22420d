using SanXiang.Tests.Shared;
using SanXiang.Web.GraphQL;
using SanXiang.Web.Tests.GraphQL;

namespace SanXiang.Web.Tests.Hostile;

/// <summary>
/// Issue 12 item 2: nested fragments that each spread the next twice kept a core busy for 30 s
/// (anonymous, 27 levels) and over 165 s (signed in) before any limit answered. The document is
/// now measured with its fragments expanded before graphql-dotnet validates it.
/// </summary>
[Trait("Suite", "Hostile")]
[Collection(HostileCollection.Name)]
public sealed class FragmentBombShould(HostileAppFactory factory)
{
    [Fact]
    public async Task BeRefusedAnonymouslyBeforeItIsAnalysed()
    {
        var response = await new GraphQLClient(factory.CreateClient()).PostAsync(HostileInputs.AnonymousFragmentQuery(27));

        Assert.Equal(["QUERY_TOO_LARGE"], response.Codes);
        Assert.Null(response.Data);
        Assert.Contains($"超过上限 {GraphQLLimits.MaxSelections} 个", response.FirstMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BeRefusedSignedInAlike()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "admin", GraphQLAppFactory.AdminPassword);

        var response = await client.PostAsync(HostileInputs.TenantFragmentQuery(24, "xuchang"));

        Assert.Equal(["QUERY_TOO_LARGE"], response.Codes);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task RefuseAFragmentThatSpreadsItself()
    {
        var response = await new GraphQLClient(factory.CreateClient()).PostAsync(
            "mutation{login(username:\"a\",password:\"b\"){...A}} fragment A on LoginPayload{...B token} fragment B on LoginPayload{...A}");

        Assert.Equal(["QUERY_TOO_LARGE"], response.Codes);
    }

    [Fact]
    public async Task StillAnswerAFragmentQueryOfOrdinarySize()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "admin", GraphQLAppFactory.AdminPassword);

        var response = await client.PostAsync(HostileInputs.TenantFragmentQuery(6, "xuchang"));

        Assert.Empty(response.Codes);
        Assert.Equal("xuchang", response.Data!["tenant"]!["id"]!.GetValue<string>());
    }
}
