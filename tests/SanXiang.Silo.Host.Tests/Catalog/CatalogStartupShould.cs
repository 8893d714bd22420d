using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SanXiang.Silo.Accounts;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Host.Catalog;
using SanXiang.Silo.Officers;
using SanXiang.Silo.Plans;

namespace SanXiang.Silo.Host.Tests.Catalog;

[Collection(CatalogClusterCollection.Name)]
public class CatalogStartupShould(CatalogClusterFixture fixture)
{
    [Fact]
    public async Task SeedEveryDepartmentAndAgencyOnStart()
    {
        var listed = await fixture.Grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform).ListAsync();

        Assert.Superset(
            new HashSet<string>(["yunnan-sft", "shanxi-fzb", "jinzhong-rfb", "xintian-sfj", "henan-sft", "gengma-sfj", "yuxi-sfj", "shanxi-rfb", "xintian-scjg", "xuchang", "gengma-yjj"]),
            listed.Select(p => p.Id).ToHashSet());
        Assert.Equal(43, (await fixture.Grains.GetGrain<IPlanGrain>("xuchang").GetAsync())!.LedgerTasks.Count);
        Assert.Equal(11, (await fixture.Grains.GetGrain<IAgencyGrain>("gengma-yjj").GetAsync())!.LeadingGroup!.Members.Count);
    }

    [Fact]
    public async Task ChangeNothingWhenTheSameCatalogIsSeededAgain()
    {
        var seeder = fixture.SiloServices.GetRequiredService<CatalogSeeder>();

        Assert.Equal(0, await seeder.SeedAsync(CatalogReader.Read(CatalogCopy.Shipped)));
    }

    [Fact]
    public async Task CreateThePlatformAdministratorFromConfiguration()
    {
        var admin = await fixture.Grains.GetGrain<IAccountGrain>(AccountKey.For("admin")).VerifyPasswordAsync(CatalogClusterFixture.AdminPassword);

        Assert.True(admin!.IsPlatformAdmin);
    }

    [Theory]
    [InlineData("yuxi-sfj.admin", "yuxi-sfj", TenantRole.TenantAdmin)]
    [InlineData("shanxi-rfb.officer", "shanxi-rfb", TenantRole.Officer)]
    [InlineData("xintian-scjg.reviewer", "xintian-scjg", TenantRole.LegalReviewer)]
    [InlineData("xuchang.admin", "xuchang", TenantRole.TenantAdmin)]
    [InlineData("gengma-yjj.officer", "gengma-yjj", TenantRole.Officer)]
    [InlineData("henan-sft.supervisor", "henan-sft", TenantRole.Supervisor)]
    [InlineData("shanxi-fzb.supervisor", "shanxi-fzb", TenantRole.Supervisor)]
    public async Task CreateDemoAccountsWithTheDemoPassword(string userName, string tenant, TenantRole role)
    {
        var account = await fixture.Grains.GetGrain<IAccountGrain>(AccountKey.For(userName)).VerifyPasswordAsync(DemoAccounts.Password);

        var officer = role == TenantRole.LegalReviewer ? $"DEMO-{tenant.ToUpperInvariant()}-R" : null;
        Assert.Equal([new Membership(tenant, role, officer)], account!.Memberships);
        Assert.False(account.IsPlatformAdmin);
    }

    [Theory]
    [InlineData("xintian-scjg", "法制机构")]
    [InlineData("gengma-yjj", "法规股（执法大队）")]
    [InlineData("yuxi-sfj", "行政执法协调监督科")]
    public async Task ListTheDemoReviewersOfficerAsAQualifiedLegalReviewerOfTheAgencysLegalUnit(string tenant, string unit)
    {
        var officer = await fixture.Grains.GetGrain<IOfficerRosterGrain>(tenant).FindAsync($"DEMO-{tenant}-R");

        Assert.Equal("演示审核员", officer?.Name);
        Assert.Equal(unit, officer?.Unit);
        Assert.True(officer?.IsReviewer);
        Assert.True(officer?.HasLegalQualification);
    }

    [Theory]
    [InlineData("jinzhong-rfb.admin")]
    [InlineData("shanxi-rfb.supervisor")]
    [InlineData("yunnan-sft.officer")]
    public async Task CreateNoDemoAccountForADepartmentThatIsNotOnboardedOrSupervisesNoOnboardedAgency(string userName) =>
        Assert.Null(await fixture.Grains.GetGrain<IAccountGrain>(AccountKey.For(userName)).GetAsync());

    [Fact]
    public async Task NeverRecreateAnAccountThatExists()
    {
        var accounts = fixture.SiloServices.GetRequiredService<AccountBootstrap>();
        using var console = new StringWriter();

        Assert.False(await accounts.EnsureAdminAsync(console));
        Assert.Equal(0, await accounts.EnsureDemoAccountsAsync(CatalogReader.Read(CatalogCopy.Shipped)));
        Assert.Empty(console.ToString());
    }

    [Fact]
    public async Task WriteNothingWhenOneFileIsBad()
    {
        using var probe = new ProbeCatalog();
        probe.Write($"{probe.Second}/plan.json", "{ \"source\": ");

        var error = await Assert.ThrowsAsync<CatalogException>(() => StartAsync(probe));
        Assert.Contains($"{probe.Second}/plan.json 第 1 行", error.Message, StringComparison.Ordinal);
        foreach (var id in new[] { probe.Department, probe.First, probe.Second })
        {
            Assert.Null(await fixture.Grains.GetGrain<IAgencyGrain>(id).GetAsync());
            Assert.Null(await fixture.Grains.GetGrain<IAccountGrain>(AccountKey.For(id + ".admin")).GetAsync());
        }
    }

    [Fact]
    public async Task WriteTheProbeCatalogOnceItIsWhole()
    {
        using var probe = new ProbeCatalog();

        await StartAsync(probe);

        Assert.NotNull(await fixture.Grains.GetGrain<IAgencyGrain>(probe.First).GetAsync());
        Assert.NotNull(await fixture.Grains.GetGrain<IAccountGrain>(AccountKey.For(probe.Department + ".supervisor")).GetAsync());
    }

    private Task StartAsync(ProbeCatalog probe)
    {
        var services = fixture.SiloServices;
        var startup = new CatalogStartup(
            new CatalogLocation(probe.Directory),
            services.GetRequiredService<CatalogSeeder>(),
            services.GetRequiredService<AccountBootstrap>(),
            services.GetRequiredService<SanXiangOptions>(),
            services.GetRequiredService<ILogger<CatalogStartup>>());
        var lifecycle = new StagedLifecycle();
        startup.Participate(lifecycle);
        return lifecycle.StartAsync();
    }
}
