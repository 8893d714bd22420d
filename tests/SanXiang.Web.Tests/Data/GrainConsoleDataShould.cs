using SanXiang.Plugins;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using SanXiang.Silo.Accounts;
using SanXiang.Silo.Agencies;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Officers;
using SanXiang.Tenancy;
using SanXiang.Tenancy.Blazor;
using SanXiang.Tenancy.Context;
using SanXiang.Tenancy.Stores;
using SanXiang.Web.Auth;
using SanXiang.Web.Components.Data;
using SanXiang.Web.Officers;
using SanXiang.Web.Tests.Components;

namespace SanXiang.Web.Tests.Data;

public sealed class GrainConsoleDataShould
{
    private static readonly AgencyProfile Yuxi = new("yuxi-sfj", "玉溪市司法局", AgencyLevel.City, "judicial", "530400", null, null, true, "000");

    private readonly FakeGrains grains = new FakeGrains().Add(Samples.Henan()).Add(Samples.Xuchang()).Add(Yuxi);

    private static ClaimsPrincipal Admin() => Principal(isPlatformAdmin: true);

    private static ClaimsPrincipal Member(string tenantId, TenantRole role) => Principal(false, new Membership(tenantId, role));

    private static ClaimsPrincipal Principal(bool isPlatformAdmin, params Membership[] memberships) =>
        AccountPrincipal.Create(
            new SignInAttempt(
                new Silo.Accounts.Account("someone", "某人", isPlatformAdmin, memberships),
                new AccountSession("session", SessionKind.Console, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddHours(1)),
                "stamp",
                SignInRefusal.None,
                null),
            "test");

    private GrainConsoleData DataFor(ClaimsPrincipal user, TimeProvider? clock = null)
    {
        var accessor = new AsyncLocalTenantContextAccessor<SanXiangTenantInfo>();
        var store = new AgencyTenantStore(grains);
        return new GrainConsoleData(grains, new FixedUser(user), new TenantAccess(grains), new AccountOfficers(grains), new CircuitTenant<SanXiangTenantInfo>(store, accessor), accessor, clock ?? TimeProvider.System);
    }

    [Fact]
    public async Task ListEveryAgencyToThePlatformAdministrator() =>
        Assert.Equal(3, (await DataFor(Admin()).ListAgenciesAsync(AgencyFilter.None, 50, null)).TotalCount);

    [Fact]
    public async Task ListAMembersOwnAgencyButNotItsSupervisor() =>
        Assert.Equal(["xuchang"], (await DataFor(Member("xuchang", TenantRole.Officer)).ListAgenciesAsync(AgencyFilter.None, 50, null)).Items.Select(a => a.Profile.Id));

    [Fact]
    public async Task ListTheAgenciesUnderASupervisingDepartment() =>
        Assert.Equal(["henan-gov", "xuchang"], (await DataFor(Member("henan-gov", TenantRole.Supervisor)).ListAgenciesAsync(AgencyFilter.None, 50, null)).Items.Select(a => a.Profile.Id).Order());

    [Fact]
    public async Task ContinueTheListAfterThePageBefore()
    {
        var data = DataFor(Admin());
        var first = await data.ListAgenciesAsync(AgencyFilter.None, 2, null);
        var second = await data.ListAgenciesAsync(AgencyFilter.None, 2, first.EndCursor);

        Assert.True(first.HasNextPage);
        Assert.False(second.HasNextPage);
        Assert.Equal(3, first.Items.Concat(second.Items).Select(a => a.Profile.Id).Distinct().Count());
    }

    [Fact]
    public async Task RootTheTreeAtTheUsersOwnDepartment()
    {
        var data = DataFor(Member("henan-gov", TenantRole.Supervisor));

        var roots = await data.ListAgencyTreeAsync(null);
        var below = await data.ListAgencyTreeAsync("henan-gov");

        Assert.Equal(["henan-gov"], roots.Items.Select(a => a.Profile.Id));
        Assert.Equal(1, roots.Items[0].ChildCount);
        Assert.Equal(["xuchang"], below.Items.Select(a => a.Profile.Id));
    }

    [Fact]
    public async Task ReportAnUnknownAgencyAsNotFound() =>
        Assert.Equal(AgencyViewStatus.NotFound, (await DataFor(Admin()).OpenAgencyAsync("nowhere")).Status);

    [Fact]
    public async Task RefuseAnAgencyOutsideTheUsersDepartments() =>
        Assert.Equal(AgencyViewStatus.Forbidden, (await DataFor(Member("xuchang", TenantRole.TenantAdmin)).OpenAgencyAsync("yuxi-sfj")).Status);

    [Fact]
    public async Task OpenAnAgencyWithItsParent()
    {
        var view = await DataFor(Member("xuchang", TenantRole.Officer)).OpenAgencyAsync("xuchang");

        Assert.Equal(AgencyViewStatus.Found, view.Status);
        Assert.Equal("henan-gov", view.Parent?.Id);
    }

    [Theory]
    [InlineData(TenantRole.TenantAdmin, true)]
    [InlineData(TenantRole.AgencyHead, false)]
    [InlineData(TenantRole.Officer, false)]
    public async Task LetOnlyTheAgencysAdministratorEdit(TenantRole role, bool canEdit) =>
        Assert.Equal(canEdit, (await DataFor(Member("xuchang", role)).OpenAgencyAsync("xuchang")).CanEdit);

    [Fact]
    public async Task NotLetASupervisorEditTheAgenciesBelowIt() =>
        Assert.False((await DataFor(Member("henan-gov", TenantRole.TenantAdmin)).OpenAgencyAsync("xuchang")).CanEdit);

    [Fact]
    public async Task RefuseAnEditByAnOfficerWithoutSavingIt()
    {
        var data = DataFor(Member("xuchang", TenantRole.Officer));

        var refused = await Assert.ThrowsAsync<SanXiangException>(() => data.UpdateProfileAsync(Samples.Xuchang() with { Name = "改名" }));

        Assert.Equal(ErrorCodes.Forbidden, refused.Code);
        Assert.Empty(grains.Updates);
    }

    [Theory]
    [InlineData(TenantRole.Officer)]
    [InlineData(TenantRole.LegalReviewer)]
    [InlineData(TenantRole.AgencyHead)]
    public async Task RefuseToAddOrImportOfficersForAnyoneButTheAdministrator(TenantRole role)
    {
        var data = DataFor(Member("xuchang", role));

        var add = await Assert.ThrowsAsync<SanXiangException>(() => data.AddOfficerAsync("xuchang", new Officer("A1", "张三", "执法支队", null, "A1", [EnforcementCategory.Penalty], null, new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31), OfficerStatus.Active, false, false), null));
        var import = await Assert.ThrowsAsync<SanXiangException>(() => data.ImportOfficersAsync("xuchang", "officers.csv", []));

        Assert.Equal(ErrorCodes.Forbidden, add.Code);
        Assert.Equal(ErrorCodes.Forbidden, import.Code);
    }

    [Fact]
    public async Task SaveAnAdministratorsEdit()
    {
        var view = await DataFor(Member("xuchang", TenantRole.TenantAdmin)).UpdateProfileAsync(Samples.Xuchang() with { Name = "许昌市人民政府（改）" });

        Assert.Equal("许昌市人民政府（改）", view.Agency?.Profile.Name);
        Assert.Single(grains.Updates);
    }

    [Fact]
    public async Task LeaveLevelSectorAndParentToThePlatformAdministrator()
    {
        var data = DataFor(Member("xuchang", TenantRole.TenantAdmin));

        var refused = await Assert.ThrowsAsync<SanXiangException>(() => data.UpdateProfileAsync(Samples.Xuchang() with { ParentId = null }));

        Assert.Equal(ErrorCodes.Forbidden, refused.Code);
        Assert.Empty(grains.Updates);
        Assert.False((await data.OpenAgencyAsync("xuchang")).CanEditStructure);
        Assert.True((await DataFor(Admin()).OpenAgencyAsync("xuchang")).CanEditStructure);
    }

    [Fact]
    public void TakeTodayInBeijingTime() =>
        Assert.Equal(new DateOnly(2026, 11, 23), DataFor(Admin(), new FixedClock(new DateTimeOffset(2026, 11, 22, 17, 0, 0, TimeSpan.Zero))).Today);

    private sealed class FixedUser(ClaimsPrincipal user) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
