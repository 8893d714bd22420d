using System.Security.Claims;
using MudBlazor;
using SanXiang.Silo.Accounts;
using SanXiang.Web.Auth;
using SanXiang.Web.Components.Cases;

namespace SanXiang.Web.Components.Layout;

/// <summary>
/// Where each kind of user starts (their home) and what the navigation offers them, from the roles
/// their sign-in carries. It only decides what is shown: every page and call still checks access on
/// the server (<see cref="TenantAccess"/>, <see cref="Web.Cases.CaseAccess"/>).
/// </summary>
public static class ConsoleNavigation
{
    // The role an account with several roles in its home agency starts as: field work first.
    private static readonly TenantRole[] HomeOrder =
    [
        TenantRole.Officer,
        TenantRole.LegalReviewer,
        TenantRole.SectionHead,
        TenantRole.AgencyHead,
        TenantRole.TenantAdmin,
        TenantRole.Supervisor,
    ];

    /// <summary>The address the user lands on after signing in (and at <c>/</c>); <c>/</c> itself for the platform administrator and supervisors.</summary>
    public static string Home(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsPlatformAdmin() || user.FindFirstValue(SanXiangClaims.HomeTenant) is not { } tenant)
        {
            return "/";
        }

        var roles = user.RolesIn(tenant).ToHashSet();
        return HomeOrder.Where(roles.Contains).Select(r => (TenantRole?)r).FirstOrDefault() switch
        {
            TenantRole.Officer => CaseLinks.MyCases(tenant),
            TenantRole.LegalReviewer => ReviewerHome(tenant).Href,
            TenantRole.SectionHead or TenantRole.AgencyHead or TenantRole.TenantAdmin => AgencyLink(tenant),
            _ => "/",
        };
    }

    /// <summary>The legal reviewer's home in an agency, and the one place that names it: the review queue.</summary>
    public static NavItem ReviewerHome(string tenant) =>
        new("法制审核", CaseLinks.Reviews(tenant), Icons.Material.Filled.FactCheck, "nav-reviews");

    /// <summary>The entries the user's roles make useful: the platform's for its administrator, then one section per agency the user works in.</summary>
    public static IReadOnlyList<NavSection> For(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        List<NavSection> sections = [];
        if (user.IsPlatformAdmin())
        {
            sections.Add(new NavSection(null,
            [
                new("平台首页", "/", Icons.Material.Filled.Dashboard, "nav-home"),
                new("领域插件", "/plugins", Icons.Material.Filled.Extension, "nav-plugins"),
                new("工作日历", "/calendar", Icons.Material.Filled.CalendarMonth, "nav-calendar"),
            ]));
        }

        foreach (var tenant in user.MemberTenants())
        {
            var items = ItemsIn(user.RolesIn(tenant).ToHashSet(), tenant).DistinctBy(i => i.Href).ToList();
            if (items.Count > 0)
            {
                sections.Add(new NavSection(tenant, items));
            }
        }

        return sections;
    }

    private static IEnumerable<NavItem> ItemsIn(HashSet<TenantRole> roles, string tenant)
    {
        if (roles.Contains(TenantRole.Officer))
        {
            yield return new("我的案件", CaseLinks.MyCases(tenant), Icons.Material.Filled.AssignmentInd, "nav-my-cases");
        }

        if (roles.Contains(TenantRole.LegalReviewer))
        {
            yield return ReviewerHome(tenant);
        }

        if (roles.Contains(TenantRole.Supervisor))
        {
            // A supervising department oversees the agencies below it; its own cases are not its work here.
            yield return new("所辖机关", "/", Icons.Material.Filled.AccountTree, "nav-agencies");
            yield return new("导入下级机关", $"{AgencyLink(tenant)}/onboarding", Icons.Material.Filled.GroupAdd, "nav-onboarding");
            yield break;
        }

        yield return new("机关概况", AgencyLink(tenant), Icons.Material.Filled.AccountBalance, "nav-agency");
        yield return new("案件", CaseLinks.List(tenant), Icons.Material.Filled.Gavel, "nav-cases");
        yield return new("公示管理", $"{AgencyLink(tenant)}/disclosures", Icons.Material.Filled.Campaign, "nav-disclosures");
        yield return new("执法人员", $"{AgencyLink(tenant)}/officers", Icons.Material.Filled.Badge, "nav-officers");
        if (roles.Contains(TenantRole.TenantAdmin))
        {
            // Only the agency's administrator keeps its settings (the page and the grains refuse anyone else).
            yield return new("机关设置", $"{AgencyLink(tenant)}/settings", Icons.Material.Filled.Settings, "nav-settings");
        }
    }

    private static string AgencyLink(string tenant) => $"/t/{Uri.EscapeDataString(tenant)}";
}
