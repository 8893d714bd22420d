using System.Net;
using SanXiang.Web.Tests.GraphQL;

namespace SanXiang.Web.Tests.Hostile;

/// <summary>
/// Issue 12 item 5: 200 wrong logins went through in 8.7 s with no delay or lockout, and 50
/// <c>login</c> aliases in one request tested 50 passwords. Each test guesses from an address of
/// its own (TEST-NET-2, RFC 5737) and at an account no other test of this host signs in with.
/// </summary>
[Trait("Suite", "Hostile")]
[Collection(HostileCollection.Name)]
public sealed class PasswordGuessingShould(HostileAppFactory factory)
{
    [Fact]
    public async Task LockTheAccountAfterFiveWrongPasswordsAndSayForHowLong()
    {
        var client = new RemoteClient(factory, IPAddress.Parse("198.51.100.10"));
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(["INVALID_CREDENTIALS"], (await client.LoginAsync("gengma-yjj.officer", "guess-" + i)).Codes);
        }

        var locked = await client.LoginAsync("gengma-yjj.officer", GraphQLAppFactory.DemoPassword);

        Assert.Equal(["ACCOUNT_LOCKED"], locked.Codes);
        Assert.Equal("密码已连续输错 5 次，账户暂时锁定，请 1 分钟后再试。", locked.FirstMessage);
        Assert.Null(locked.Data?["login"]);
    }

    [Fact]
    public async Task ThrottleAnAddressThatGuessesAcrossAccounts()
    {
        // Twenty guesses at once, then four a minute: the bucket may refill once while the test
        // runs (its minute started before), so the throttle must answer within 20 + 4 + 4 guesses.
        var guesser = new RemoteClient(factory, IPAddress.Parse("198.51.100.20"));
        var guesses = 0;
        GraphQLResponse answer;
        do
        {
            answer = await guesser.LoginAsync($"guessed-name-{guesses}", "password-" + guesses);
        }
        while (answer.Codes is ["INVALID_CREDENTIALS"] && ++guesses < 30);

        Assert.Equal(["TOO_MANY_ATTEMPTS"], answer.Codes);
        Assert.InRange(guesses, 20, 28);
        Assert.Equal(["TOO_MANY_ATTEMPTS"], (await guesser.LoginAsync("admin", GraphQLAppFactory.AdminPassword)).Codes);
        Assert.Empty((await new RemoteClient(factory, IPAddress.Parse("198.51.100.21")).LoginAsync("admin", GraphQLAppFactory.AdminPassword)).Codes);
    }

    [Fact]
    public async Task RunOneLoginPerRequestOnly()
    {
        var aliases = string.Concat(Enumerable.Range(0, 50).Select(i => $" a{i}: login(username: \"xuchang.reviewer\", password: \"guess-{i}\") {{ token }}"));

        var response = await new RemoteClient(factory, IPAddress.Parse("198.51.100.30")).PostAsync("mutation {" + aliases + " }");

        Assert.Equal(["LOGIN_ONCE_PER_REQUEST"], response.Codes);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task LockTheConsoleFormAlikeAndSayWhyInChinese()
    {
        var browser = new ConsoleBrowser(factory);
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await browser.SignInAsync("yuxi-sfj.officer", "guess-" + i);
            Assert.StartsWith("/login?error=1", wrong.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        using var locked = await browser.SignInAsync("yuxi-sfj.officer", GraphQLAppFactory.DemoPassword);
        Assert.StartsWith("/login?error=locked&wait=1", locked.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var page = WebUtility.HtmlDecode(await browser.Http.GetStringAsync(locked.Headers.Location));
        Assert.Contains("密码已连续输错多次，账户暂时锁定，请 1 分钟后再试。", page, StringComparison.Ordinal);
    }
}
