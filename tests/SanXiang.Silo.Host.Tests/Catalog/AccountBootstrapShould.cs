using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SanXiang.Silo.Accounts;
using SanXiang.Silo.Host.Catalog;

namespace SanXiang.Silo.Host.Tests.Catalog;

[Collection(CatalogClusterCollection.Name)]
public class AccountBootstrapShould(CatalogClusterFixture fixture)
{
    [Fact]
    public async Task PrintAGeneratedAdministratorPasswordOnceWhenNoneIsConfigured()
    {
        var userName = "root-" + Guid.NewGuid().ToString("N")[..8];
        var accounts = new AccountBootstrap(
            fixture.Grains,
            new SanXiangOptions { Admin = new AdminOptions { UserName = userName, Password = null } },
            fixture.SiloServices.GetRequiredService<ILogger<AccountBootstrap>>());
        using var first = new StringWriter();
        using var second = new StringWriter();

        Assert.True(await accounts.EnsureAdminAsync(first));
        Assert.False(await accounts.EnsureAdminAsync(second));

        var password = first.ToString().Split('\n').Single(l => l.Contains("password:", StringComparison.Ordinal)).Split("password:")[1].Trim();
        Assert.True(password.Length >= 20);
        Assert.Contains("只显示这一次", first.ToString(), StringComparison.Ordinal);
        Assert.Empty(second.ToString());
        Assert.True((await fixture.Grains.GetGrain<IAccountGrain>(AccountKey.For(userName)).VerifyPasswordAsync(password))!.IsPlatformAdmin);
    }
}
