using System.Security.Claims;
using SanXiang.Silo.Accounts;
using SanXiang.Web.Auth;
using SanXiang.Web.Components.Layout;

namespace SanXiang.Web.Tests.Components.Layout;

public sealed class ConsoleNavigationShould
{
    private const string Tenant = "xintian-scjg";

    internal static ClaimsPrincipal User(bool platformAdmin, params Membership[] memberships) =>
        AccountPrincipal.Create(
            new SignInAttempt(
                new Silo.Accounts.Account("someone", "某人", platformAdmin, memberships),
                new AccountSession("session", SessionKind.Console, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddHours(1)),
                "stamp",
                SignInRefusal.None,
                null),
            "test");

    internal static ClaimsPrincipal Member(TenantRole role, string tenant = Tenant) => User(false, new Membership(tenant, role));

    private static List<string> Links(ClaimsPrincipal user) => [.. ConsoleNavigation.For(user).SelectMany(s => s.Items).Select(i => i.Text)];

    [Fact]
    public void SendAnOfficerToTheCasesHeActsOn() =>
        Assert.Equal("/t/xintian-scjg/my-cases", ConsoleNavigation.Home(Member(TenantRole.Officer)));

    [Fact]
    public void SendALegalReviewerWhereTheReviewersHomePoints()
    {
        Assert.Equal(ConsoleNavigation.ReviewerHome(Tenant).Href, ConsoleNavigation.Home(Member(TenantRole.LegalReviewer)));
        Assert.Contains(ConsoleNavigation.ReviewerHome(Tenant).Text, Links(Member(TenantRole.LegalReviewer)));
    }

    [Fact]
    public void SendAnAgencysHeadAndAdministratorToTheAgency()
    {
        Assert.Equal("/t/xintian-scjg", ConsoleNavigation.Home(Member(TenantRole.TenantAdmin)));
        Assert.Equal("/t/xintian-scjg", ConsoleNavigation.Home(Member(TenantRole.AgencyHead)));
    }

    [Fact]
    public void KeepTheAgencyListAsTheHomeOfSupervisorsAndThePlatformAdministrator()
    {
        Assert.Equal("/", ConsoleNavigation.Home(Member(TenantRole.Supervisor, "xintian-sfj")));
        Assert.Equal("/", ConsoleNavigation.Home(User(platformAdmin: true)));
    }

    [Fact]
    public void StartAnOfficerWhoAlsoAdministersAtHisCases() =>
        Assert.Equal("/t/xintian-scjg/my-cases", ConsoleNavigation.Home(User(false, new Membership(Tenant, TenantRole.TenantAdmin), new Membership(Tenant, TenantRole.Officer))));

    [Fact]
    public void OfferAnOfficerHisAgencysWorkAndNoPlatformSettings()
    {
        var links = Links(Member(TenantRole.Officer));

        Assert.Equal(["我的案件", "机关概况", "案件", "公示管理", "执法人员"], links);
    }

    [Fact]
    public void OfferTheAgencysSettingsToItsAdministratorOnly()
    {
        Assert.Equal(["机关概况", "案件", "公示管理", "执法人员", "机关设置"], Links(Member(TenantRole.TenantAdmin)));
        Assert.DoesNotContain("机关设置", Links(Member(TenantRole.AgencyHead)));
    }

    [Fact]
    public void OfferASupervisorTheAgenciesItOverseesAndTheirOnboarding() =>
        Assert.Equal(["所辖机关", "导入下级机关"], Links(Member(TenantRole.Supervisor, "xintian-sfj")));

    [Fact]
    public void OfferThePlatformAdministratorThePlatformsSettings() =>
        Assert.Equal(["平台首页", "领域插件", "工作日历"], Links(User(platformAdmin: true)));
}
