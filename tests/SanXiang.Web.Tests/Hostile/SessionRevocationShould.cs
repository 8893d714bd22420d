using System.Net;
using SanXiang.Web.Tests.GraphQL;

namespace SanXiang.Web.Tests.Hostile;

/// <summary>
/// Issue 12 item 6: the old bearer token and cookie kept working after <c>changePassword</c>, and a
/// cookie replayed after sign-out still read data. Every request now asks the account whether its
/// session lives.
/// </summary>
[Trait("Suite", "Hostile")]
[Collection(HostileCollection.Name)]
public sealed class SessionRevocationShould(HostileAppFactory factory)
{
    private const string Tenants = "{ tenants { nodes { id } } }";

    [Fact]
    public async Task EndTheOldTokenWhenThePasswordChanges()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "xintian-scjg.officer", GraphQLAppFactory.DemoPassword);
        var second = await GraphQLClient.SignedInAsync(factory, "xintian-scjg.officer", GraphQLAppFactory.DemoPassword);

        var changed = await client.PostAsync(
            "mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }",
            new { c = GraphQLAppFactory.DemoPassword, n = "Xintian#Enforce-2027" });
        Assert.Empty(changed.Codes);

        Assert.Equal(["UNAUTHENTICATED"], (await client.PostAsync(Tenants)).Codes);
        Assert.Equal(["UNAUTHENTICATED"], (await second.PostAsync(Tenants)).Codes);
        var renewed = await GraphQLClient.SignedInAsync(factory, "xintian-scjg.officer", "Xintian#Enforce-2027");
        Assert.Empty((await renewed.PostAsync(Tenants)).Codes);
    }

    [Fact]
    public async Task EndTheCookieAtSignOutSoAReplayReadsNothing()
    {
        var browser = new ConsoleBrowser(factory);
        using (var signedIn = await browser.SignInAsync("xintian-scjg.reviewer", GraphQLAppFactory.DemoPassword))
        {
            Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
        }

        var cookie = browser.CookieHeader;
        Assert.Empty((await ReplayAsync(cookie)).Codes);

        using (var signedOut = await browser.SignOutAsync())
        {
            Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        }

        Assert.Equal(["UNAUTHENTICATED"], (await ReplayAsync(cookie)).Codes);
    }

    [Fact]
    public async Task EndTheOtherSessionsButThisOne()
    {
        var mine = await GraphQLClient.SignedInAsync(factory, "yuxi-sfj.reviewer", GraphQLAppFactory.DemoPassword);
        var other = await GraphQLClient.SignedInAsync(factory, "yuxi-sfj.reviewer", GraphQLAppFactory.DemoPassword);

        var ended = await mine.PostAsync("mutation { endOtherSessions }");

        Assert.Equal(1, ended.Data!["endOtherSessions"]!.GetValue<int>());
        Assert.Empty((await mine.PostAsync(Tenants)).Codes);
        Assert.Equal(["UNAUTHENTICATED"], (await other.PostAsync(Tenants)).Codes);
    }

    [Fact]
    public async Task EndTheBearerTokenAtLogout()
    {
        var client = await GraphQLClient.SignedInAsync(factory, "yuxi-sfj.admin", GraphQLAppFactory.DemoPassword);

        Assert.True((await client.PostAsync("mutation { logout }")).Data!["logout"]!.GetValue<bool>());

        Assert.Equal(["UNAUTHENTICATED"], (await client.PostAsync(Tenants)).Codes);
    }

    [Fact]
    public async Task EndEverySessionOfADeactivatedAccountAndRefuseItsSignIn()
    {
        var officer = await GraphQLClient.SignedInAsync(factory, "xuchang.officer", GraphQLAppFactory.DemoPassword);
        var admin = await GraphQLClient.SignedInAsync(factory, "admin", GraphQLAppFactory.AdminPassword);
        const string SetActive = "mutation($u: String!, $a: Boolean!) { setAccountActive(username: $u, active: $a) }";

        Assert.Empty((await admin.PostAsync(SetActive, new { u = "xuchang.officer", a = false })).Codes);

        Assert.Equal(["UNAUTHENTICATED"], (await officer.PostAsync(Tenants)).Codes);
        var login = await new GraphQLClient(factory.CreateClient()).PostAsync(
            "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }", new { u = "xuchang.officer", p = GraphQLAppFactory.DemoPassword });
        Assert.Equal(["ACCOUNT_DISABLED"], login.Codes);

        Assert.Empty((await admin.PostAsync(SetActive, new { u = "xuchang.officer", a = true })).Codes);
        Assert.Empty((await (await GraphQLClient.SignedInAsync(factory, "xuchang.officer", GraphQLAppFactory.DemoPassword)).PostAsync(Tenants)).Codes);
    }

    private async Task<GraphQLResponse> ReplayAsync(string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query = Tenants }) };
        request.Headers.Add("Cookie", cookie);
        return await new GraphQLClient(factory.CreateClient()).SendAsync(request);
    }
}
