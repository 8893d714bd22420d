using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace SanXiang.Web.Tests.Hostile;

/// <summary>The console as a browser uses it: cookies kept, redirects not followed, forms posted with the antiforgery token of the page they came from.</summary>
public sealed partial class ConsoleBrowser
{
    private readonly CookieContainer cookies = new();

    public ConsoleBrowser(WebApplicationFactory<Program> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Http = factory.CreateDefaultClient(new CookieContainerHandler(cookies));
    }

    public HttpClient Http { get; }

    /// <summary>The <c>Cookie</c> header this browser would send, to replay elsewhere.</summary>
    public string CookieHeader => cookies.GetCookieHeader(Http.BaseAddress!);

    /// <summary>Posts the sign-in form; the answer is the redirect the form's endpoint gives.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string userName, string password)
    {
        var token = await AntiforgeryTokenAsync("/login");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName,
            ["password"] = password,
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = token,
        });
        return await Http.PostAsync(new Uri("/account/login", UriKind.Relative), form);
    }

    public async Task<HttpResponseMessage> SignOutAsync()
    {
        var token = await AntiforgeryTokenAsync("/logout");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        return await Http.PostAsync(new Uri("/account/logout", UriKind.Relative), form);
    }

    private async Task<string> AntiforgeryTokenAsync(string page)
    {
        using var response = await Http.GetAsync(new Uri(page, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        return WebUtility.HtmlDecode(TokenField().Match(html).Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
