using Microsoft.AspNetCore.Components.Authorization;
using SanXiang.Domain.Plans;
using SanXiang.Domain.Supervision;
using SanXiang.Silo.Plans;
using SanXiang.Web.Cases;
using SanXiang.Web.Plans;

namespace SanXiang.Web.Components.Data;

/// <summary>The plan pages over <see cref="PlanService"/>, the service the API uses; the user comes from the circuit.</summary>
public sealed class PlanServiceConsoleData(PlanService plans, AuthenticationStateProvider authentication) : IPlanConsoleData
{
    public async Task<PlanStanding?> GetAsync(string tenantId) => await plans.GetAsync(await CallerAsync(), tenantId);

    public async Task<PlanAbilities> AbilitiesAsync(string tenantId) => await plans.AbilitiesAsync(await CallerAsync(), tenantId);

    public async Task<PlanRollup> RollupAsync(string tenantId) => await plans.RollupAsync(await CallerAsync(), tenantId);

    public async Task<IReadOnlyList<RollupBranch>> BranchesAsync(string tenantId) => await plans.BranchesAsync(await CallerAsync(), tenantId);

    public async Task<IReadOnlyList<Indicator>> AgencyIndicatorsAsync(string tenantId) => await plans.AgencyIndicatorsAsync(await CallerAsync(), tenantId);

    public async Task<IAsyncDisposable> WatchAsync(string tenantId, Func<Task> onChange) =>
        await plans.WatchAsync(await CallerAsync(), tenantId, _ => onChange());

    public async Task<PlanStanding> FileDeliverableAsync(string tenantId, string deliverable, string? note, IReadOnlyList<PlanEvidence> evidence) =>
        await plans.FileDeliverableAsync(await CallerAsync(), tenantId, deliverable, note, evidence);

    public async Task<PlanStanding> ReviewDeliverableAsync(string tenantId, string deliverable, bool approve, string? remark) =>
        await plans.ReviewDeliverableAsync(await CallerAsync(), tenantId, deliverable, approve, remark);

    public async Task<PlanStanding> ReportLedgerTaskAsync(string tenantId, int taskId, string? note, IReadOnlyList<PlanEvidence> evidence, bool completes) =>
        await plans.ReportLedgerTaskAsync(await CallerAsync(), tenantId, taskId, note, evidence, completes);

    private async Task<CaseCaller> CallerAsync() => new((await authentication.GetAuthenticationStateAsync()).User);
}
