using Orleans.Concurrency;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Supervision;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.ReadModel;
using SanXiang.Silo.Supervision;

namespace SanXiang.Silo.Grains.Supervision;

/// <summary>Holds nothing: each list is a few reads of the read model, answered by a local activation on any silo.</summary>
[StatelessWorker]
[Reentrant]
public sealed class FindingsGrain(EventLogDatabase database) : Grain, IFindingsGrain
{
    private readonly FindingQueries queries = new(database);
    private readonly FindingDecisions decisions = new(database);

    public Task<FindingPage> ListAsync(FindingQuery query) => queries.ListAsync(query);

    public Task<Finding?> GetAsync(string departmentId, string findingId, DateOnly day) => queries.GetAsync(departmentId, findingId, day);

    public async Task<Finding> DismissAsync(string departmentId, string findingId, DateOnly day, string? reason, string dismissedBy, DateTimeOffset at)
    {
        var kept = FindingDismissalRule.Check(reason);
        var finding = await queries.GetAsync(departmentId, findingId, day)
            ?? throw new SanXiangException(ErrorCodes.FindingNotFound, "未找到该监督线索：相关情况可能已经纠正，或不在本部门的监督范围内。");
        if (finding.Dismissal is not null)
        {
            return finding;
        }

        await decisions.DismissAsync(finding.Id, finding.TenantId, finding.ModelId, kept, dismissedBy, at);
        return (await queries.GetAsync(departmentId, findingId, day))!;
    }

    public async Task<IReadOnlyList<ModelSwitch>> SwitchModelAsync(string tenantId, string modelId, bool enabled, string? reason, string by, DateTimeOffset at)
    {
        _ = FindingQueries.Model(modelId);
        await decisions.SwitchAsync(tenantId, modelId, enabled, reason?.Trim() ?? "", by, at);
        return await decisions.SwitchesAsync(tenantId);
    }

    public Task<IReadOnlyList<ModelSwitch>> SwitchesAsync(string tenantId) => decisions.SwitchesAsync(tenantId);
}
