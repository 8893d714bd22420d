using Orleans.Concurrency;
using SanXiang.Domain.Cases.Engine;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Supervision;
using SanXiang.Silo.Grains.Calendar;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.ReadModel;
using SanXiang.Silo.Supervision;

namespace SanXiang.Silo.Grains.Supervision;

/// <summary>Holds nothing: each list is a few reads of the read model, answered by a local activation on any silo.</summary>
[StatelessWorker]
[Reentrant]
public sealed class FindingsGrain(EventLogDatabase database, CalendarCache calendars, TimeProvider clock) : Grain, IFindingsGrain
{
    private readonly FindingQueries queries = new(database);
    private readonly FindingDecisions decisions = new(database);

    public Task<FindingPage> ListAsync(FindingQuery query) => queries.ListAsync(query);

    public Task<Finding?> GetAsync(string departmentId, string findingId, DateOnly day) => queries.GetAsync(departmentId, findingId, day);

    public async Task<Finding> DismissAsync(string departmentId, string findingId, DateOnly day, string? reason, string dismissedBy, DateTimeOffset at)
    {
        var kept = FindingDismissalRule.Check(reason);
        var finding = await RequireAsync(departmentId, findingId, day);
        if (finding.Dismissal is not null)
        {
            return finding;
        }

        FindingConversionRule.RequireOpen(finding.State);
        await decisions.DismissAsync(finding.Id, finding.TenantId, finding.ModelId, kept, dismissedBy, at);
        var now = (await queries.GetAsync(departmentId, findingId, day))!;
        if (now.Dismissal is null)
        {
            // Turned into a task in the meantime: the conversion stands.
            FindingConversionRule.RequireOpen(now.State);
        }

        return now;
    }

    public async Task<Finding> ConvertAsync(ConvertFinding request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var department = request.DepartmentId;
        var finding = await RequireAsync(department, request.FindingId, request.Day);
        FindingConversionRule.RequireBelow(department, finding.TenantId);
        FindingConversionRule.RequireOpen(finding.State);
        var problem = FindingConversionRule.Problem(finding.ModelName, finding.Evidence, request.Problem);
        var now = clock.GetUtcNow();
        var existing = request.InspectionId is { } chosen
            ? await InspectionOf(department, chosen).GetAsync() ?? throw new SanXiangException(ErrorCodes.InspectionNotFound, "未找到所选的专项监督检查。")
            : null;
        if (existing is not null)
        {
            FindingConversionRule.RequireInspectionFor(existing, department, finding.TenantId);
        }

        // The Domain's refusals (the deadline, the responsible agency, the problem's text) come before anything is written,
        // so a refused conversion leaves neither a claim nor an empty inspection behind.
        var title = FindingConversionRule.InspectionTitle(finding.ModelName);
        var target = existing ?? Inspection.Open(
            Inspection.NewId(CaseDates.ChinaDate(now)), department, finding.TenantId, title, Inspection.DefaultPassingMark, now, request.By);
        _ = target.AssignRectification(
            now, CaseDates.ChinaDate(now), (await calendars.GetAsync()).Calendar, request.By, finding.Id, problem, request.ResponsibleAgencyId, request.Deadline);

        if (!await decisions.ClaimConversionAsync(finding.Id, finding.TenantId, finding.ModelId, department, target.Id, request.By, request.At))
        {
            // Another supervisor handled it in the meantime.
            var state = (await queries.GetAsync(department, finding.Id, request.Day))?.State;
            FindingConversionRule.RequireOpen(state == FindingState.Dismissed ? FindingState.Dismissed : FindingState.Converted);
        }

        string? taskId = null;
        try
        {
            var grain = InspectionOf(department, target.Id);
            if (existing is null)
            {
                await grain.OpenAsync(finding.TenantId, title, Inspection.DefaultPassingMark, request.By);
            }

            var assigned = await grain.AssignRectificationAsync(finding.Id, problem, request.ResponsibleAgencyId, request.Deadline, request.By);
            taskId = assigned.Rectifications.Last(r => r.FindingId == finding.Id).Id;
        }
        finally
        {
            await decisions.SettleConversionAsync(finding.Id, taskId);
        }

        return (await queries.GetAsync(department, finding.Id, request.Day))!;
    }

    public async Task<IReadOnlyList<ModelSwitch>> SwitchModelAsync(string tenantId, string modelId, bool enabled, string? reason, string by, DateTimeOffset at)
    {
        _ = FindingQueries.Model(modelId);
        await decisions.SwitchAsync(tenantId, modelId, enabled, reason?.Trim() ?? "", by, at);
        return await decisions.SwitchesAsync(tenantId);
    }

    public Task<IReadOnlyList<ModelSwitch>> SwitchesAsync(string tenantId) => decisions.SwitchesAsync(tenantId);

    private async Task<Finding> RequireAsync(string departmentId, string findingId, DateOnly day) =>
        await queries.GetAsync(departmentId, findingId, day)
            ?? throw new SanXiangException(ErrorCodes.FindingNotFound, "未找到该监督线索：相关情况可能已经纠正，或不在本部门的监督范围内。");

    private IInspectionGrain InspectionOf(string departmentId, string inspectionId) => GrainFactory.GetGrain<IInspectionGrain>(GrainKeys.For(departmentId, inspectionId));
}
