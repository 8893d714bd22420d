using System.Net;
using System.Text;
using SanXiang.Web.Tests.GraphQL;

namespace SanXiang.Web.Tests.Hostile;

/// <summary>
/// Issue 12 item 11: a POST to the sign-out endpoint without an antiforgery token signed the user
/// out — a page on a sibling domain can send one with the Lax cookie. Such a request now changes nothing.
/// </summary>
[Trait("Suite", "Hostile")]
[Collection(HostileCollection.Name)]
public sealed class LogoutForgeryShould(HostileAppFactory factory)
{
    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task BeRefusedAndLeaveTheSessionAlone(string contentType)
    {
        var browser = new ConsoleBrowser(factory);
        using (await browser.SignInAsync("shanxi-rfb.officer", GraphQLAppFactory.DemoPassword))
        {
        }

        using var forged = await browser.Http.PostAsync(
            new Uri("/account/logout", UriKind.Relative),
            new StringContent(contentType == "text/plain" ? "x" : "a=b", Encoding.UTF8, contentType));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.False(forged.Headers.Contains("Set-Cookie"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query = "{ tenants { nodes { id } } }" }) };
        request.Headers.Add("Cookie", browser.CookieHeader);
        Assert.Empty((await new GraphQLClient(factory.CreateClient()).SendAsync(request)).Codes);
    }
}
