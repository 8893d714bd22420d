using SanXiang.Domain.Errors;
using SanXiang.Domain.Supervision;
using SanXiang.Silo;
using SanXiang.Silo.Accounts;
using SanXiang.Silo.Supervision;
using SanXiang.Web.Auth;
using SanXiang.Web.Cases;
using SanXiang.Domain.Cases.Engine;

namespace SanXiang.Web.Supervision;

/// <summary>
/// 监督线索 for the console and the API: whoever may see an agency reads the findings of it and every agency below it
/// (a supervisor its subtree only, FORBIDDEN outside it). Dismissing (忽略) is a supervising department's act on an
/// agency below it — an agency does not set aside a lead about itself — by its supervisors, head or administrator;
/// switching a model off is the agency's own setting, by its head or administrator.
/// </summary>
public sealed class FindingService(IGrainFactory grains, CaseAccess access, TimeProvider clock)
{
    private static readonly HashSet<TenantRole> Dismissers = [TenantRole.Supervisor, TenantRole.AgencyHead, TenantRole.TenantAdmin];
    private static readonly HashSet<TenantRole> Setters = [TenantRole.AgencyHead, TenantRole.TenantAdmin];

    public DateOnly Today => CaseDates.Today(clock);

    private IFindingsGrain Findings => grains.GetGrain<IFindingsGrain>(GrainKeys.Platform);

    public async Task<FindingPage> ListAsync(CaseCaller caller, string tenantId, string? modelId, FindingStatus status, int first, string? after)
    {
        await access.RequireReadAsync(caller, tenantId);
        return await Findings.ListAsync(new FindingQuery(tenantId, Today, modelId, status, first, after));
    }

    /// <summary>Whether the caller may dismiss findings from the department's lists, for the console to offer 忽略.</summary>
    public static bool CanDismiss(CaseCaller caller, string tenantId)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.IsSignedIn && caller.User.RolesIn(tenantId).Any(Dismissers.Contains);
    }

    public async Task<Finding> DismissAsync(CaseCaller caller, string tenantId, string findingId, string? reason)
    {
        await access.RequireReadAsync(caller, tenantId);
        if (!CanDismiss(caller, tenantId))
        {
            throw new SanXiangException(ErrorCodes.Forbidden, "只有监督部门的监督人员、负责人或管理员可以忽略监督线索。");
        }

        if (FindingIds.Parse(findingId)?.TenantId == tenantId)
        {
            throw new SanXiangException(ErrorCodes.Forbidden, "本机关的监督线索由上级监督部门处理，不能由本机关忽略。");
        }

        return await Findings.DismissAsync(tenantId, findingId, Today, reason, caller.UserName, clock.GetUtcNow());
    }

    public async Task<IReadOnlyList<ModelSwitch>> SwitchModelAsync(CaseCaller caller, string tenantId, string modelId, bool enabled, string? reason)
    {
        await access.RequireReadAsync(caller, tenantId);
        if (!caller.User.RolesIn(tenantId).Any(Setters.Contains))
        {
            throw new SanXiangException(ErrorCodes.Forbidden, "只有本机关负责人或管理员可以设置监督线索模型。");
        }

        return await Findings.SwitchModelAsync(tenantId, modelId, enabled, reason, caller.UserName, clock.GetUtcNow());
    }
}
