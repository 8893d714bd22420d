using SanXiang.Domain.Errors;
using SanXiang.Domain.Plans;
using SanXiang.Domain.Supervision;
using SanXiang.Silo;
using SanXiang.Silo.Accounts;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Plans;
using SanXiang.Tenancy;
using SanXiang.Tenancy.Stores;
using SanXiang.Web.Auth;
using SanXiang.Web.Cases;
using SanXiang.Web.Officers;
using SanXiang.Domain.Cases.Engine;

namespace SanXiang.Web.Plans;

/// <summary>
/// An agency's implementation plan for the console and the API: reading is for whoever may see the agency (its
/// supervisors included); filing a deliverable is the agency's head's or administrator's act in its name, reporting a
/// ledger task also its section heads'; answering a filing belongs to a supervising department above the agency, never
/// to the agency itself. The rules of each act are the Domain's (<see cref="DeliverableHistory"/>, <see cref="LedgerTaskHistory"/>).
/// </summary>
public sealed class PlanService(
    IGrainFactory grains,
    CaseAccess access,
    AccountOfficers people,
    ITenantStore<SanXiangTenantInfo> tenants,
    RolloutFeed feed,
    TimeProvider clock)
{
    private static readonly HashSet<TenantRole> Filers = [TenantRole.AgencyHead, TenantRole.TenantAdmin];
    private static readonly HashSet<TenantRole> Reporters = [TenantRole.AgencyHead, TenantRole.TenantAdmin, TenantRole.SectionHead];
    private static readonly HashSet<TenantRole> Reviewers = [TenantRole.Supervisor, TenantRole.AgencyHead, TenantRole.TenantAdmin];

    public DateOnly Today => CaseDates.Today(clock);

    /// <summary>Null when the agency has no plan.</summary>
    public async Task<PlanStanding?> GetAsync(CaseCaller caller, string tenantId)
    {
        await access.RequireReadAsync(caller, tenantId);
        var record = await InTenantAsync(caller, tenantId, () => Plan(tenantId).GetRecordAsync());
        return record is null ? null : await StandingAsync(tenantId, record);
    }

    /// <summary>The plans of every agency below the department, counted today from the read model (one query, no call per agency).</summary>
    public async Task<PlanRollup> RollupAsync(CaseCaller caller, string tenantId)
    {
        await access.RequireReadAsync(caller, tenantId);
        return await grains.GetGrain<IPlanRollupGrain>(GrainKeys.Platform).RollupAsync(tenantId, Today);
    }

    /// <summary>The rollup's drill-down: each agency directly below the department, counted with the agencies below it (three reads, no call per agency).</summary>
    public async Task<IReadOnlyList<RollupBranch>> BranchesAsync(CaseCaller caller, string tenantId)
    {
        await access.RequireReadAsync(caller, tenantId);
        return await grains.GetGrain<IPlanRollupGrain>(GrainKeys.Platform).BranchesAsync(tenantId, Today);
    }

    /// <summary>The agency's own enforcement indicators today (公示及时率, 持证率, 法制审核人员占比, 案卷评查合格率).</summary>
    public async Task<IReadOnlyList<Indicator>> AgencyIndicatorsAsync(CaseCaller caller, string tenantId)
    {
        await access.RequireReadAsync(caller, tenantId);
        return EnforcementIndicators.Of(await grains.GetGrain<IPlanRollupGrain>(GrainKeys.Platform).AgencyAsync(tenantId, Today));
    }

    /// <summary>Calls <paramref name="onChange"/> whenever the roll-out of the agency or of any agency below it changes, through any process.</summary>
    public async Task<IAsyncDisposable> WatchAsync(CaseCaller caller, string tenantId, Func<RolloutChange, Task> onChange)
    {
        await access.RequireReadAsync(caller, tenantId);
        return await feed.WatchAsync(tenantId, onChange);
    }

    public async Task<PlanAbilities> AbilitiesAsync(CaseCaller caller, string tenantId)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsSignedIn)
        {
            return PlanAbilities.None;
        }

        var roles = caller.User.RolesIn(tenantId).ToHashSet();
        return new PlanAbilities(roles.Overlaps(Filers), roles.Overlaps(Reporters), await ReviewingAgencyAsync(caller, tenantId) is not null);
    }

    public async Task<PlanStanding> FileDeliverableAsync(CaseCaller caller, string tenantId, string deliverable, string? note, IReadOnlyList<PlanEvidence> evidence)
    {
        await RequireRoleAsync(caller, tenantId, Filers, "只有本机关负责人或管理员可以报送实施方案的材料。");
        return await ActAsync(caller, tenantId, plan => plan.FileDeliverableAsync(deliverable, caller.UserName, note, evidence));
    }

    public async Task<PlanStanding> ReportLedgerTaskAsync(CaseCaller caller, string tenantId, int taskId, string? note, IReadOnlyList<PlanEvidence> evidence, bool completes)
    {
        await RequireRoleAsync(caller, tenantId, Reporters, "只有本机关负责人、科室负责人或管理员可以报送台账任务的进展。");
        return await ActAsync(caller, tenantId, plan => plan.ReportLedgerTaskAsync(taskId, caller.UserName, note, evidence, completes));
    }

    /// <summary>FORBIDDEN unless the caller acts for a department above the agency; the Domain refuses the agency itself.</summary>
    public async Task<PlanStanding> ReviewDeliverableAsync(CaseCaller caller, string tenantId, string deliverable, bool approve, string? remark)
    {
        await access.RequireReadAsync(caller, tenantId);
        // The agency's own staff answer in its own name, and the Domain refuses that (DeliverableHistory.Review).
        var reviewer = await ReviewingAgencyAsync(caller, tenantId)
            ?? (caller.User.RolesIn(tenantId).Any()
                ? tenantId
                : throw new SanXiangException(ErrorCodes.Forbidden, "只有上级机关的监督人员、负责人或管理员可以审核报送的材料。"));
        return await ActAsync(caller, tenantId, plan => plan.ReviewDeliverableAsync(deliverable, caller.UserName, reviewer, approve, remark));
    }

    private async Task RequireRoleAsync(CaseCaller caller, string tenantId, HashSet<TenantRole> roles, string refusal)
    {
        await access.RequireReadAsync(caller, tenantId);
        if (!caller.User.RolesIn(tenantId).Any(roles.Contains))
        {
            throw new SanXiangException(ErrorCodes.Forbidden, refusal);
        }
    }

    // A department the caller answers for, above the agency: one closure lookup per membership (an account has a few).
    private async Task<string?> ReviewingAgencyAsync(CaseCaller caller, string tenantId)
    {
        var queries = grains.GetGrain<IAgencyQueryGrain>(GrainKeys.Platform);
        foreach (var candidate in caller.User.MemberTenants().Distinct(StringComparer.Ordinal).Where(t => t != tenantId))
        {
            if (caller.User.RolesIn(candidate).Any(Reviewers.Contains) && await queries.IsWithinAsync([candidate], tenantId))
            {
                return candidate;
            }
        }

        return null;
    }

    private async Task<PlanStanding> ActAsync(CaseCaller caller, string tenantId, Func<IPlanGrain, Task<PlanRecord>> act)
    {
        var record = await InTenantAsync(caller, tenantId, () => act(Plan(tenantId)));
        return await StandingAsync(tenantId, record);
    }

    // On behalf of the tenant the request works in when it named one, as CaseService does, so the silo's guard refuses a
    // request that works in one agency and acts on another's plan.
    private static Task<T> InTenantAsync<T>(CaseCaller caller, string tenantId, Func<Task<T>> call) =>
        TenantCallContext.RunAsync(caller.WorkingTenantId ?? tenantId, call);

    private async Task<PlanStanding> StandingAsync(string tenantId, PlanRecord record)
    {
        var actions = record.Deliverables.Values.SelectMany(h => h.Actions).ToList();
        var users = actions.Select(a => a.By).Concat(record.Tasks.Values.SelectMany(h => h.CheckIns).Select(c => c.By));
        var names = await people.NamesAsync(tenantId, users);
        Dictionary<string, string> agencies = new(StringComparer.Ordinal);
        foreach (var id in actions.Select(a => a.AgencyId).Distinct(StringComparer.Ordinal))
        {
            agencies[id] = (await tenants.TryGetByIdentifierAsync(id))?.Name ?? id;
        }

        return new PlanStanding(record, Today, names, agencies);
    }

    private IPlanGrain Plan(string tenantId) => grains.GetGrain<IPlanGrain>(tenantId);
}
