using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SanXiang.Web.Tests.GraphQL;

[Collection(GraphQLCollection.Name)]
public sealed class GraphiQLShould(GraphQLAppFactory factory)
{
    [Fact]
    public async Task SendVisitorsWhoAreNotSignedInToTheSignInPage()
    {
        using var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await http.GetAsync(new Uri("/graphql/ide", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login?ReturnUrl=%2Fgraphql%2Fide", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ServeThePageAndItsScriptsToSignedInUsers()
    {
        var signedIn = await GraphQLClient.SignedInAsync(factory, "admin", GraphQLAppFactory.AdminPassword);
        using var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", signedIn.Token);

        var page = await http.GetStringAsync(new Uri("/graphql/ide", UriKind.Relative));
        using var script = await http.GetAsync(new Uri("/graphql/ide/assets/graphiql.min.js", UriKind.Relative));

        Assert.Contains("GraphiQL.createFetcher", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ServeNothingButTheListedAssets()
    {
        using var http = factory.CreateClient();

        using var response = await http.GetAsync(new Uri("/graphql/ide/assets/..%2F..%2Fappsettings.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task LetTheSignInCookieCarryItsQueries()
    {
        using var browser = factory.CreateClient();
        using var signIn = await browser.PostAsync(
            new Uri($"{CookieSignInFilter.Path}?user=yuxi-sfj.admin&password={Uri.EscapeDataString(GraphQLAppFactory.DemoPassword)}", UriKind.Relative), null);
        Assert.True(signIn.IsSuccessStatusCode);

        var page = await browser.GetAsync(new Uri("/graphql/ide", UriKind.Relative));
        var response = await new GraphQLClient(browser).PostAsync("{ tenants { nodes { id } } }");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(["yuxi-sfj"], response.Data!["tenants"]!["nodes"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()));
    }
}
