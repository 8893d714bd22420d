using System.Security.Claims;
using SanXiang.Silo;
using SanXiang.Silo.Accounts;
using SanXiang.Silo.Agencies;
using SanXiang.Domain.Errors;
using SanXiang.Tenancy;
using SanXiang.Tenancy.Stores;
using SanXiang.Web.Auth;

namespace SanXiang.Web.Cases;

/// <summary>
/// Who may do what with an agency's cases. Reading is open to whoever may see the agency, a
/// supervising department included (执法全过程记录 must be 可实时调阅 by supervisors, DOMAIN.md §2);
/// writing is for the agency's own staff, because every event is an act of that agency in its name.
/// The platform administrator runs the platform and is not one of the agency's staff.
/// </summary>
public sealed class CaseAccess(ITenantStore<SanXiangTenantInfo> tenants, TenantAccess access)
{
    private static readonly HashSet<TenantRole> Staff =
    [
        TenantRole.Officer,
        TenantRole.LegalReviewer,
        TenantRole.SectionHead,
        TenantRole.AgencyHead,
        TenantRole.TenantAdmin,
    ];

    // 立案 is the investigating side's act; a legal reviewer examines the case later, and "the same
    // person investigating and reviewing a case" is a supervision lead (DOMAIN.md §10), so the
    // reviewer role alone does not open one.
    private static readonly HashSet<TenantRole> Openers =
    [
        TenantRole.Officer,
        TenantRole.SectionHead,
        TenantRole.AgencyHead,
        TenantRole.TenantAdmin,
    ];

    /// <summary>TENANT_NOT_FOUND for an unknown agency, FORBIDDEN for one the caller may not see.</summary>
    public async Task RequireReadAsync(CaseCaller caller, string tenantId)
    {
        ArgumentNullException.ThrowIfNull(caller);
        RequireSignedIn(caller);
        // The tenant store (cached in this process) rather than a directory call per request.
        _ = await tenants.TryGetByIdentifierAsync(tenantId)
            ?? throw new SanXiangException(ErrorCodes.TenantNotFound, $"未找到机关“{tenantId}”。");
        if (!await access.CanSeeAsync(caller.User, tenantId))
        {
            throw new SanXiangException(ErrorCodes.Forbidden, "您无权查看该机关的案件。");
        }
    }

    public async Task RequireWriteAsync(CaseCaller caller, string tenantId)
    {
        await RequireReadAsync(caller, tenantId);
        if (!IsStaff(caller.User, tenantId))
        {
            throw new SanXiangException(ErrorCodes.Forbidden, "只有本机关的执法人员、审核人员、负责人或管理员可以办理案件；监督部门只能查阅。");
        }
    }

    /// <summary>FORBIDDEN unless the user may open a case in the agency (<see cref="CanOpen"/>).</summary>
    public async Task RequireOpenAsync(CaseCaller caller, string tenantId)
    {
        await RequireWriteAsync(caller, tenantId);
        if (!CanOpen(caller.User, tenantId))
        {
            throw new SanXiangException(ErrorCodes.Forbidden, "法制审核人员不能立案：请由执法人员、负责人或管理员新建案件。");
        }
    }

    /// <summary>
    /// FORBIDDEN unless the user may publish, correct, withdraw or withhold the agency's decisions (事后公开): the staff
    /// who act on its cases (<see cref="CanDisclose"/>). A supervising department reads the list and never publishes.
    /// </summary>
    public async Task RequireDiscloseAsync(CaseCaller caller, string tenantId)
    {
        await RequireWriteAsync(caller, tenantId);
        if (!CanDisclose(caller.User, tenantId))
        {
            throw new SanXiangException(ErrorCodes.Forbidden, "只有本机关的执法人员、负责人或管理员可以公示、更正或撤回执法决定；法制审核人员和监督部门只能查阅。");
        }
    }

    /// <summary>Whether the user may publish the agency's decisions: those who may open its cases (a legal reviewer reviews, and does not publish).</summary>
    public static bool CanDisclose(ClaimsPrincipal user, string tenantId) => CanOpen(user, tenantId);

    /// <summary>Whether the user may open (立案) a case in the agency: its staff, a legal reviewer only when also one of them.</summary>
    public static bool CanOpen(ClaimsPrincipal user, string tenantId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.RolesIn(tenantId).Any(Openers.Contains);
    }

    /// <summary>Whether the user is one of the agency's own staff, who act in its name (writes, uploads); seeing the agency is checked apart.</summary>
    public static bool IsStaff(ClaimsPrincipal user, string tenantId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.RolesIn(tenantId).Any(Staff.Contains);
    }

    /// <summary>FORBIDDEN unless the caller is the agency's head (负责人), who alone approves extending a review's time limit.</summary>
    public async Task RequireHeadAsync(CaseCaller caller, string tenantId)
    {
        await RequireWriteAsync(caller, tenantId);
        if (!IsHead(caller.User, tenantId))
        {
            throw new SanXiangException(ErrorCodes.Forbidden, "延长法制审核期限须经本机关负责人批准：只有本机关负责人可以办理。");
        }
    }

    public static bool IsHead(ClaimsPrincipal user, string tenantId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.RolesIn(tenantId).Contains(TenantRole.AgencyHead);
    }

    /// <summary>Whether the user is a legal reviewer of the agency, whom the console offers the review opinion form.</summary>
    public static bool IsReviewer(ClaimsPrincipal user, string tenantId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.RolesIn(tenantId).Contains(TenantRole.LegalReviewer);
    }

    public async Task RequireAdministratorAsync(CaseCaller caller, string tenantId)
    {
        await RequireReadAsync(caller, tenantId);
        if (!caller.User.RolesIn(tenantId).Contains(TenantRole.TenantAdmin))
        {
            throw new SanXiangException(ErrorCodes.Forbidden, "只有本机关管理员可以修改音像记录事项清单。");
        }
    }

    /// <summary>
    /// FORBIDDEN unless the caller may publish the agency's public lists: its administrator, or — for a supervising
    /// department, which issues the lists the agencies below it inherit — one of the department's own supervisors.
    /// </summary>
    public async Task RequirePublisherAsync(CaseCaller caller, string tenantId, string list)
    {
        await RequireReadAsync(caller, tenantId);
        if (!IsPublisher(caller.User, tenantId))
        {
            throw new SanXiangException(ErrorCodes.Forbidden, $"只有本机关管理员或本监督部门的人员可以发布{list}。");
        }
    }

    /// <summary>Whether the user may publish the agency's public lists (<see cref="RequirePublisherAsync"/>), for the console to offer the form.</summary>
    public static bool IsPublisher(ClaimsPrincipal user, string tenantId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var roles = user.RolesIn(tenantId).ToList();
        return roles.Contains(TenantRole.TenantAdmin) || roles.Contains(TenantRole.Supervisor);
    }

    private static void RequireSignedIn(CaseCaller caller)
    {
        if (!caller.IsSignedIn)
        {
            throw new SanXiangException(ErrorCodes.Unauthenticated, "请先登录。");
        }
    }
}
