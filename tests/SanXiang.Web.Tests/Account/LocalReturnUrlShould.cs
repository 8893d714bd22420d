using SanXiang.Web.Components.Account;

namespace SanXiang.Web.Tests.Account;

public sealed class LocalReturnUrlShould
{
    [Theory]
    [InlineData("/t/xuchang/ledger")]
    [InlineData("/")]
    public void KeepALocalPath(string url) => Assert.Equal(url, LocalReturnUrl.OrHome(url));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("t/xuchang")]
    [InlineData("/\r\nLocation: x")]
    public void SendEverythingElseHome(string? url) => Assert.Equal("/", LocalReturnUrl.OrHome(url));
}
