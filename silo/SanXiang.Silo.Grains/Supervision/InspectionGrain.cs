using Microsoft.Extensions.Logging;
using SanXiang.Domain.Cases.Engine;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Plans;
using SanXiang.Domain.Supervision;
using SanXiang.Plugins;
using SanXiang.Silo.Grains.Calendar;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.Plans;
using SanXiang.Silo.Grains.ReadModel;
using SanXiang.Silo.Supervision;

namespace SanXiang.Silo.Grains.Supervision;

/// <summary>
/// One special inspection and everything done under it, one act at a time, so each Domain rule sees the history it changes.
/// After each write the inspection's read-model rows (<see cref="SupervisionTable"/>) are replaced with the new version's;
/// if that did not happen (the process stopped in between), the next activation sees the older version and writes them again.
/// </summary>
public sealed class InspectionGrain(
    [PersistentState("inspection", Names.Storage)] IPersistentState<InspectionGrain.State> state,
    EventLogDatabase database,
    CalendarCache calendars,
    TimeProvider clock,
    ILogger<InspectionGrain> logger) : Grain, IInspectionGrain
{
    private readonly SupervisionTable rows = new(database);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Inspection is { } inspection && await rows.VersionAsync(inspection.DepartmentId, inspection.Id) != state.State.Version)
        {
            await rows.WriteAsync(inspection, state.State.Version);
        }
    }

    public Task<Inspection?> GetAsync() => Task.FromResult(state.State.Inspection);

    public async Task<Inspection> OpenAsync(string agencyId, string title, int passingMark, string actor)
    {
        if (state.State.Inspection is not null)
        {
            throw new SanXiangException(ErrorCodes.Conflict, "该专项监督检查已经创建。");
        }

        var key = this.GetPrimaryKeyString();
        var department = GrainKeys.TenantOf(key);
        return await WriteAsync(Inspection.Open(key[(department.Length + 1)..], department, agencyId, title, passingMark, clock.GetUtcNow(), actor));
    }

    public Task<Inspection> ScoreCaseFileAsync(
        EvaluationStandard standard,
        string caseTenantId,
        string caseId,
        string caseTitle,
        bool caseClosed,
        IReadOnlyList<string> failedVetoIds,
        IReadOnlyList<ItemScore> scores,
        string? note,
        string actor) =>
        WriteAsync(Require().Score(clock.GetUtcNow(), actor, standard, (caseTenantId, caseId, caseTitle, caseClosed), failedVetoIds, scores, note));

    public Task<Inspection> RecordFindingAsync(string text, string actor) => WriteAsync(Require().RecordFinding(clock.GetUtcNow(), actor, text));

    public async Task<Inspection> AssignRectificationAsync(string? findingId, string? problem, string responsibleAgencyId, DateOnly deadline, string actor)
    {
        var now = clock.GetUtcNow();
        var calendar = (await calendars.GetAsync()).Calendar;
        return await WriteAsync(Require().AssignRectification(now, CaseDates.ChinaDate(now), calendar, actor, findingId, problem, responsibleAgencyId, deadline));
    }

    public Task<Inspection> SubmitEvidenceAsync(string taskId, string agencyId, string? note, IReadOnlyList<PlanEvidence> evidence, string actor) =>
        WriteAsync(Require().SubmitEvidence(taskId, clock.GetUtcNow(), actor, agencyId, note, evidence));

    public Task<Inspection> ReviewRectificationAsync(string taskId, string reviewerAgencyId, bool accept, string? remark, string actor) =>
        WriteAsync(Require().Review(taskId, clock.GetUtcNow(), actor, reviewerAgencyId, accept, remark));

    public Task<Inspection> HoldAccountableAsync(string taskId, string person, string measure, string? reason, string actor)
    {
        var now = clock.GetUtcNow();
        return WriteAsync(Require().HoldAccountable(taskId, now, CaseDates.ChinaDate(now), actor, person, measure, reason));
    }

    public Task<Inspection> IssueNoticeAsync(string taskId, string documentNumber, string? note, string actor)
    {
        var now = clock.GetUtcNow();
        return WriteAsync(Require().IssueNotice(taskId, now, CaseDates.ChinaDate(now), actor, documentNumber, note));
    }

    private Inspection Require() =>
        state.State.Inspection ?? throw new SanXiangException(ErrorCodes.InspectionNotFound, "未找到该专项监督检查。");

    private async Task<Inspection> WriteAsync(Inspection next)
    {
        state.State = new State { Inspection = next, Version = state.State.Version + 1 };
        await state.WriteStateAsync();
        await rows.WriteAsync(next, state.State.Version);

        // The rollups above the inspected agency may have moved: each scored file counts for its own agency, the inspected one or one below it.
        await RolloutAnnouncement.SendAsync(this, GrainFactory, next.AgencyId, clock.GetUtcNow(), logger);
        return next;
    }

    [GenerateSerializer]
    public sealed record State
    {
        [Id(0)]
        public Inspection? Inspection { get; init; }

        /// <summary>Counts the writes, so the read-model rows can tell whether they hold the latest (<see cref="SupervisionTable"/>).</summary>
        [Id(1)]
        public int Version { get; init; }
    }
}
