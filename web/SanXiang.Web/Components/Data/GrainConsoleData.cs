using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using SanXiang.Silo;
using SanXiang.Silo.Accounts;
using SanXiang.Silo.Agencies;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Officers;
using SanXiang.Tenancy;
using SanXiang.Tenancy.Blazor;
using SanXiang.Tenancy.Context;
using SanXiang.Web.Auth;
using SanXiang.Web.Officers;
using SanXiang.Domain.Cases.Engine;

namespace SanXiang.Web.Components.Data;

public sealed class GrainConsoleData(
    IGrainFactory grains,
    AuthenticationStateProvider authentication,
    TenantAccess access,
    AccountOfficers accountOfficers,
    CircuitTenant<SanXiangTenantInfo> circuitTenant,
    ITenantContextSetter<SanXiangTenantInfo> tenantSetter,
    TimeProvider clock) : IConsoleData
{
    // One level of the tree: a department supervises tens of agencies; more than this and the
    // tree shows these and says how many it left out (the list finds the rest).
    public const int TreeLevelSize = 500;

    private IAgencyQueryGrain Queries => grains.GetGrain<IAgencyQueryGrain>(GrainKeys.Platform);

    // The agencies are in China: "today" is Beijing time whatever the server's own time zone is.
    private static readonly TimeZoneInfo Beijing = FindBeijing();

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Beijing).DateTime);

    public async Task<AgencyListPage> ListAgenciesAsync(AgencyFilter filter, int first, AgencyCursor? after)
    {
        ArgumentNullException.ThrowIfNull(filter);

        // The list is platform-wide: leave whatever agency this circuit showed before.
        circuitTenant.Leave();
        var scope = TenantAccess.ScopeOf(await UserAsync());
        return await Queries.ListAsync(new AgencyQuery(scope, first, after, Level: filter.Level, Sector: filter.Sector, Region: filter.Region, Name: filter.Name));
    }

    public async Task<AgencyListPage> ListAgencyTreeAsync(string? parentId)
    {
        circuitTenant.Leave();
        var scope = TenantAccess.ScopeOf(await UserAsync());
        return await Queries.ListAsync(new AgencyQuery(scope, TreeLevelSize, ParentId: parentId, TopOnly: parentId is null));
    }

    public async Task<AgencyView> OpenAgencyAsync(string tenantId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        var user = await UserAsync();
        if (!await circuitTenant.EnterAsync(tenantId))
        {
            return AgencyView.NotFound(tenantId);
        }

        if (!await access.CanSeeAsync(user, tenantId))
        {
            circuitTenant.Leave();
            return AgencyView.Forbidden(tenantId);
        }

        return await LoadAsync(user, tenantId);
    }

    public async Task<AgencyView> UpdateProfileAsync(AgencyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var user = await UserAsync();
        if (!await circuitTenant.EnterAsync(profile.Id) || !CanEdit(user, profile.Id))
        {
            throw new SanXiangException(ErrorCodes.Forbidden, "无权修改该机关的信息。");
        }

        ResumeTenant();
        var grain = grains.GetGrain<IAgencyGrain>(profile.Id);
        if (!user.IsPlatformAdmin() && await grain.GetAsync() is { } current && ChangesStructure(current.Profile, profile))
        {
            throw new SanXiangException(ErrorCodes.Forbidden, "层级、领域和上级机关只能由平台管理员修改。");
        }

        await grain.UpdateProfileAsync(profile);
        return await LoadAsync(user, profile.Id);
    }

    public async Task<AgencyView> SaveDocumentDefaultsAsync(string tenantId, IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        await EnterEditableAsync(tenantId, "无权修改机关设置：只有平台管理员或本机关管理员可以修改。");
        await grains.GetGrain<IAgencySettingsGrain>(tenantId).SaveDocumentDefaultsAsync(values);
        return await LoadAsync(await UserAsync(), tenantId);
    }

    public async Task<IReadOnlyList<Officer>> ListOfficersAsync(string tenantId)
    {
        await EnterVisibleAsync(tenantId);
        return await grains.GetGrain<IOfficerRosterGrain>(tenantId).ListAsync();
    }

    public async Task<Officer> AddOfficerAsync(string tenantId, Officer officer, string? accountUserName)
    {
        ArgumentNullException.ThrowIfNull(officer);
        await EnterEditableAsync(tenantId, "无权添加执法人员：只有平台管理员或本机关管理员可以添加。");
        return await accountOfficers.AddAsync(tenantId, officer, accountUserName);
    }

    public async Task<Officer> UpdateOfficerAsync(string tenantId, Officer officer)
    {
        ArgumentNullException.ThrowIfNull(officer);
        await EnterEditableAsync(tenantId, "无权修改执法人员：只有平台管理员或本机关管理员可以修改。");
        return await grains.GetGrain<IOfficerGrain>(GrainKeys.For(tenantId, officer.Id)).UpdateAsync(officer);
    }

    public async Task<Officer> DeactivateOfficerAsync(string tenantId, string officerId, string reason, DateOnly on)
    {
        await EnterEditableAsync(tenantId, "无权停用执法人员：只有平台管理员或本机关管理员可以停用。");
        return await grains.GetGrain<IOfficerGrain>(GrainKeys.For(tenantId, officerId)).DeactivateAsync(reason, on);
    }

    public async Task<Officer> RenewCertificateAsync(string tenantId, string officerId, DateOnly validFrom, DateOnly validTo)
    {
        await EnterEditableAsync(tenantId, "无权为执法人员换证：只有平台管理员或本机关管理员可以换证。");
        return await grains.GetGrain<IOfficerGrain>(GrainKeys.For(tenantId, officerId)).RenewCertificateAsync(validFrom, validTo);
    }

    public async Task<Officer?> SignedInOfficerAsync(string tenantId)
    {
        await EnterVisibleAsync(tenantId);
        return (await UserAsync()).FindFirstValue(ClaimTypes.NameIdentifier) is { } userName
            ? await accountOfficers.OfficerOfAsync(userName, tenantId)
            : null;
    }

    public async Task<OfficerImportResult> ImportOfficersAsync(string tenantId, string fileName, byte[] content)
    {
        await EnterEditableAsync(tenantId, "无权导入执法人员：只有平台管理员或本机关管理员可以导入。");
        return await new OfficerImporter(grains).ImportAsync(tenantId, fileName, content);
    }

    private async Task EnterVisibleAsync(string tenantId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        var user = await UserAsync();
        if (!await circuitTenant.EnterAsync(tenantId) || !await access.CanSeeAsync(user, tenantId))
        {
            throw new SanXiangException(ErrorCodes.Forbidden, "无权查看该机关的执法人员。");
        }

        ResumeTenant();
    }

    private async Task EnterEditableAsync(string tenantId, string refusal)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        var user = await UserAsync();
        if (!await circuitTenant.EnterAsync(tenantId) || !CanEdit(user, tenantId))
        {
            throw new SanXiangException(ErrorCodes.Forbidden, refusal);
        }

        ResumeTenant();
    }

    private async Task<AgencyView> LoadAsync(ClaimsPrincipal user, string tenantId)
    {
        ResumeTenant();
        var agency = await grains.GetGrain<IAgencyGrain>(tenantId).GetAsync();
        if (agency is null)
        {
            return AgencyView.NotFound(tenantId);
        }

        var parent = agency.Profile.ParentId is { } parentId ? await Queries.FindAsync(parentId) : null;
        var defaults = await grains.GetGrain<IAgencySettingsGrain>(tenantId).GetDocumentDefaultsAsync();
        return new AgencyView(AgencyViewStatus.Found, tenantId, agency, parent, CanEdit(user, tenantId), user.IsPlatformAdmin(), defaults);
    }

    private static TimeZoneInfo FindBeijing()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("China Standard Time", CaseDates.ChinaOffset, "北京时间", "北京时间");
        }
    }

    // EnterAsync sets the tenant inside its own async flow, which ends when it returns; set it again
    // here so that the grain calls below carry the tenant and the grains' guard can check it.
    private void ResumeTenant() => tenantSetter.Set(circuitTenant.Context);

    private static bool ChangesStructure(AgencyProfile current, AgencyProfile edited) =>
        current.Level != edited.Level || current.Sector != edited.Sector || current.ParentId != edited.ParentId || current.Onboarded != edited.Onboarded;

    private static bool CanEdit(ClaimsPrincipal user, string tenantId) =>
        user.IsPlatformAdmin() || user.RolesIn(tenantId).Contains(TenantRole.TenantAdmin);

    private async Task<ClaimsPrincipal> UserAsync() => (await authentication.GetAuthenticationStateAsync()).User;
}
