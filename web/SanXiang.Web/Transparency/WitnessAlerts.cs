using System.Security.Claims;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Integrity.Witnessing;
using SanXiang.Silo;
using SanXiang.Silo.Accounts;
using SanXiang.Silo.Transparency;
using SanXiang.Tenancy;
using SanXiang.Tenancy.Stores;
using SanXiang.Web.Auth;

namespace SanXiang.Web.Transparency;

/// <summary>
/// The alerts a supervising department's witness raised when it refused an agency's checkpoint, for the department's own
/// supervisors only (the console's home and <c>witnessAlerts</c>): who may see the agencies below is not enough, since an
/// alert is the department's finding about them.
/// </summary>
public sealed class WitnessAlerts(ITenantStore<SanXiangTenantInfo> tenants, IGrainFactory grains) : IWitnessAlertSource
{
    public const int Limit = 100;

    /// <summary>Whether the user is one of the department's supervisors (the console shows the panel only then).</summary>
    public static bool MaySee(ClaimsPrincipal user, string departmentId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.RolesIn(departmentId).Contains(TenantRole.Supervisor);
    }

    /// <summary>UNAUTHENTICATED, TENANT_NOT_FOUND, or FORBIDDEN for anyone but the department's supervisors; newest first.</summary>
    public async Task<IReadOnlyList<WitnessAlertView>> ListAsync(ClaimsPrincipal user, string departmentId)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true)
        {
            throw new SanXiangException(ErrorCodes.Unauthenticated, "请先登录。");
        }

        _ = await tenants.TryGetByIdentifierAsync(departmentId)
            ?? throw new SanXiangException(ErrorCodes.TenantNotFound, $"未找到机关“{departmentId}”。");
        if (!MaySee(user, departmentId))
        {
            throw new SanXiangException(ErrorCodes.Forbidden, "只有本监督部门的人员可以查看见证告警。");
        }

        var alerts = await TenantCallContext.RunAsync(departmentId, () => grains.GetGrain<IWitnessGrain>(departmentId).ListAlertsAsync(Limit));
        var views = new List<WitnessAlertView>(alerts.Count);
        foreach (var alert in alerts)
        {
            var agency = (await tenants.TryGetByIdentifierAsync(alert.SubjectId))?.Name ?? alert.SubjectId;
            views.Add(new WitnessAlertView(
                alert.Id,
                alert.SubjectId,
                agency,
                alert.Outcome,
                alert.OldSize,
                alert.NewSize,
                alert.RaisedAt,
                WitnessAlertText.Describe(alert.Outcome, agency, alert.OldSize, alert.NewSize)));
        }

        return views;
    }

    public async Task<IReadOnlyList<DepartmentWitnessAlerts>> ForSupervisorAsync(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var shown = new List<DepartmentWitnessAlerts>();
        foreach (var department in user.MemberTenants().Distinct(StringComparer.Ordinal).Where(d => MaySee(user, d)))
        {
            if (await tenants.TryGetByIdentifierAsync(department) is not { } known)
            {
                // The department left the directory since sign-in: nothing of it to show.
                continue;
            }

            var alerts = await ListAsync(user, department);
            if (alerts.Count > 0)
            {
                shown.Add(new DepartmentWitnessAlerts(department, known.Name, alerts));
            }
        }

        return shown;
    }
}
