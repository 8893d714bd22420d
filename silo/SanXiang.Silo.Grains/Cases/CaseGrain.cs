using Orleans.EventSourcing;
using Orleans.Providers;
using SanXiang.Domain.Calendar;
using SanXiang.Plugins;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Calendar;
using SanXiang.Silo.Cases;
using SanXiang.Silo.Errors;
using SanXiang.Silo.Grains.Calendar;
using SanXiang.Silo.Grains.Cases.Engine;
using SanXiang.Silo.Grains.Cases.Events;
using SanXiang.Silo.Grains.Documents;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.EventSourcing;
using SanXiang.Silo.Officers;
using SanXiang.Silo.Sectors;

namespace SanXiang.Silo.Grains.Cases;

/// <summary>
/// A case's full-process record (执法全过程记录): every command is checked by <see cref="CaseProcedure"/> and the
/// officer roster first, then appends exactly one event to the case's chain; a refused command appends nothing.
/// </summary>
[LogConsistencyProvider(ProviderName = LogConsistency.CustomStorage)]
public sealed class CaseGrain(CaseEventStore store, ISectorRegistry sectors, IDocumentIssuer issuer, CalendarCache calendars)
    : EventLogJournaledGrain<CaseState, CaseEvent>(store), ICaseGrain
{
    protected override EventCodec<CaseEvent> Codec => CaseEventCodec.Instance;

    public async Task<CaseView> OpenAsync(OpenCaseCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (State.Opened)
        {
            throw new SanXiangException(ErrorCodes.Conflict, $"案件“{CaseId}”已立案。");
        }

        CommandCheck.Open(command);
        var agency = await GrainFactory.GetGrain<IAgencyGrain>(TenantId).GetAsync()
            ?? throw new SanXiangException(ErrorCodes.TenantNotFound, $"执法机关“{TenantId}”不存在。");
        var plugin = Plugin(agency.Profile.Sector);
        var procedure = plugin.Procedures.FirstOrDefault(p => p.Category == command.Category)
            ?? throw new SanXiangException(ErrorCodes.ValidationFailed, $"本行业（{plugin.Sector.Name}）没有“{command.Category}”类执法程序。");
        if (command.Simplified)
        {
            SimplifiedProcedureRule.Check(procedure, command.Party, command.ProposedFine);
        }

        var date = CaseDates.ChinaDate(command.At);
        var officerIds = OfficerIds(command.OfficerIds);
        await Roster.CheckTeamAsync(officerIds, command.Category.ToString(), date, investigation: false);
        var officers = await OfficersAsync(officerIds);
        var engine = await ProcedureAsync(plugin, procedure, command.Simplified);
        var deadlines = DeadlineSchedule.From(engine.Steps, null, date, (await CalendarAsync()).Calendar);
        await AppendAsync(new CaseOpened(command.Title.Trim(), command.Category, command.Party, command.Simplified, command.ProposedFine, officers, plugin.Sector.Id, plugin.Sector.Version, deadlines)
        {
            Actor = command.Actor,
            At = command.At,
        }, engine);
        return View(engine);
    }

    public async Task<CaseView?> GetAsync() => State.Opened ? View(await ProcedureAsync()) : null;

    public async Task<CaseView> CompleteStepAsync(CompleteStepCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        CaseGuard.CheckOpen(State, CaseId);
        var engine = await ProcedureAsync();
        var step = engine.Step(command.StepId);
        var overrideReason = engine.CheckCompletion(State, step.Id, command.OfficerIds, command.AvOverrideReason);
        var date = CaseDates.ChinaDate(command.At);
        var officerIds = OfficerIds(command.OfficerIds);
        await Roster.CheckTeamAsync(officerIds, State.Category.ToString(), date, engine.IsInvestigation(step));
        var officers = await OfficersAsync(officerIds);
        CaseEvent @event = step.Kind == CaseStepKind.Closing
            ? new CaseClosed(step.Id, officers, overrideReason) { Actor = command.Actor, At = command.At }
            : new StepCompleted(step.Id, officers, overrideReason, DeadlineSchedule.From(engine.Steps, step.Id, date, (await CalendarAsync()).Calendar))
            {
                Actor = command.Actor,
                At = command.At,
            };
        await AppendAsync(@event, engine);
        return View(engine);
    }

    public async Task<CaseView> SkipStepAsync(SkipStepCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        CaseGuard.CheckOpen(State, CaseId);
        var engine = await ProcedureAsync();
        engine.CheckSkip(State, command.StepId, command.Reason);
        await AppendAsync(new StepSkipped(command.StepId, command.Reason.Trim()) { Actor = command.Actor, At = command.At }, engine);
        return View(engine);
    }

    public async Task<CaseView> AddRecordingAsync(AddRecordingCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        CaseGuard.CheckOpen(State, CaseId);
        var engine = await ProcedureAsync();
        _ = engine.Step(command.StepId);
        CommandCheck.File(command.File);
        CommandCheck.Required(command.Device, "拍摄设备");
        CommandCheck.Required(command.OfficerId, "记录人");
        await AppendAsync(new RecordingAdded([EventFile.From(command.File)], command.Kind, command.StepId, command.Device.Trim(), command.RecordedAt, command.OfficerId, command.Continuous)
        {
            Actor = command.Actor,
            At = command.At,
        }, engine);
        return View(engine);
    }

    public async Task<CaseView> AddEvidenceAsync(AddEvidenceCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        CaseGuard.CheckOpen(State, CaseId);
        var engine = await ProcedureAsync();
        _ = engine.Step(command.StepId);
        CommandCheck.File(command.File);
        CommandCheck.Required(command.Description, "证据说明");
        await AppendAsync(new EvidenceAdded([EventFile.From(command.File)], command.StepId, command.Description.Trim()) { Actor = command.Actor, At = command.At }, engine);
        return View(engine);
    }

    public async Task<CaseDocumentView> IssueDocumentAsync(IssueDocumentCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        CaseGuard.CheckOpen(State, CaseId);
        var plugin = Plugin(State.SectorId);
        var engine = await ProcedureAsync(plugin);
        _ = engine.Step(command.StepId);
        var template = plugin.DocumentTemplates.FirstOrDefault(t => t.Kind == command.Kind)
            ?? throw new SanXiangException(ErrorCodes.DocumentKindUnknown, $"本行业没有“{command.Kind}”文书格式。");
        var agency = await GrainFactory.GetGrain<IAgencyGrain>(TenantId).GetAsync();
        // Unique within the tenant: the number sequence treats a document id it has seen as a retry of that issue.
        var documentId = $"{CaseId}-doc-{State.Documents.Count + 1}";
        var fields = CaseFacts.Merge(template, command.Fields, State, CaseId, agency?.Profile.Name, CaseDates.ChinaDate(command.At));
        var issued = await issuer.IssueAsync(new DocumentIssueRequest(TenantId, CaseId, documentId, State.SectorId, template.Kind, fields, CaseDates.ChinaDate(command.At)));
        await AppendAsync(new DocumentIssued(documentId, issued.Kind, issued.Name, issued.Number, command.StepId, [EventFile.From(issued.File)])
        {
            Actor = command.Actor,
            At = command.At,
        }, engine);
        return State.Documents.Single(d => d.Id == documentId);
    }

    public async Task<CaseView> AttachSignedCopyAsync(AttachSignedCopyCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        CaseGuard.CheckOpen(State, CaseId);
        var engine = await ProcedureAsync();
        if (State.Documents.All(d => d.Id != command.DocumentId))
        {
            throw new SanXiangException(ErrorCodes.NotFound, $"本案没有编号为“{command.DocumentId}”的文书。");
        }

        CommandCheck.File(command.File);
        await AppendAsync(new SignedCopyAttached(command.DocumentId, [EventFile.From(command.File)]) { Actor = command.Actor, At = command.At }, engine);
        return View(engine);
    }

    public async Task<IReadOnlyList<CaseEventView>> GetEventsAsync()
    {
        var events = new List<CaseEventView>();
        await foreach (var stored in ReadLogAsync())
        {
            var e = stored.Event;
            events.Add(new CaseEventView(e.Sequence, e.Kind, e.At, e.Actor, e.Payload, [.. e.FileHashes], Convert.ToHexStringLower(e.PreviousHash), Convert.ToHexStringLower(stored.Hash)));
        }

        return events;
    }

    public async Task<CaseVerification> VerifyAsync()
    {
        var verification = await VerifyLogAsync();
        return new CaseVerification(verification.IsValid, verification.FirstBadSequence, verification.Code, verification.Message);
    }

    public async Task<CaseView> RecomputeDeadlinesAsync(string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        CaseGuard.CheckOpen(State, CaseId);
        var engine = await ProcedureAsync();
        var (calendar, version) = await CalendarAsync();
        var changed = DeadlineSchedule.Recompute(engine.Steps, State, calendar)
            .Where(entry => !State.Deadlines.Contains(entry))
            .ToList();
        if (changed.Count > 0)
        {
            await AppendAsync(new DeadlinesRecomputed(version, changed) { Actor = actor, At = DateTimeOffset.UtcNow }, engine);
        }

        return View(engine);
    }

    protected override void TransitionState(CaseState state, CaseEvent @event)
    {
        ArgumentNullException.ThrowIfNull(state);
        state.Apply(@event);
    }

    protected override (string Actor, DateTimeOffset At) Provenance(CaseEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        return (@event.Actor, @event.At);
    }

    protected override IReadOnlyList<string>? FileHashesOf(CaseEvent @event) =>
        @event is IAttachesFiles attached ? [.. attached.Files.Select(f => f.Hash)] : null;

    private IOfficerRosterGrain Roster => GrainFactory.GetGrain<IOfficerRosterGrain>(TenantId);

    private ISectorPlugin Plugin(string sectorId) =>
        sectors.Find(sectorId)
            ?? throw new SanXiangException(ErrorCodes.SectorNotLoaded, $"行业插件“{sectorId}”未加载，暂不能办理本机关的案件；请平台管理员检查插件目录。");

    private Task<CaseProcedure> ProcedureAsync() => ProcedureAsync(Plugin(State.SectorId));

    private Task<CaseProcedure> ProcedureAsync(ISectorPlugin plugin)
    {
        var procedure = plugin.Procedures.FirstOrDefault(p => p.Category == State.Category)
            ?? throw new SanXiangException(ErrorCodes.SectorNotLoaded, $"行业插件“{plugin.Sector.Id}”已不再提供本案的执法程序。");
        return ProcedureAsync(plugin, procedure, State.Simplified);
    }

    private async Task<CaseProcedure> ProcedureAsync(ISectorPlugin plugin, Procedure procedure, bool simplified)
    {
        var avItems = await GrainFactory.GetGrain<IAvItemListGrain>(TenantId).GetAsync();
        return new CaseProcedure(procedure, simplified, avItems, plugin.DocumentTemplates, plugin.CaseFileStandards);
    }

    private async Task<(WorkingDayCalendar Calendar, long Version)> CalendarAsync()
    {
        var edition = await calendars.GetAsync();
        return (edition.Calendar, edition.Version);
    }

    private static List<string> OfficerIds(IReadOnlyList<string> given) =>
        [.. given.Where(id => !string.IsNullOrWhiteSpace(id)).Select(OfficerId.FromCertificate).Distinct(StringComparer.Ordinal)];

    private async Task<IReadOnlyList<CaseOfficer>> OfficersAsync(List<string> officerIds)
    {
        var officers = new List<CaseOfficer>();
        foreach (var id in officerIds)
        {
            var officer = await Roster.FindAsync(id)
                ?? throw new SanXiangException(ErrorCodes.OfficerNotFound, $"未找到证件编号为“{id}”的执法人员。");
            officers.Add(new CaseOfficer(officer.Id, officer.Name, officer.CertificateNumber));
        }

        return officers;
    }

    private async Task AppendAsync(CaseEvent @event, CaseProcedure engine)
    {
        if (!await RaiseConditionalEvent(@event))
        {
            throw new SanXiangException(ErrorCodes.Conflict, $"案件“{CaseId}”刚被其他操作更新，请刷新后重试。");
        }

        await ConfirmEvents();
        await GrainFactory.GetGrain<ICaseIndexGrain>(TenantId).RecordAsync(CaseViews.Summary(CaseId, State, engine, CaseDates.ChinaDate(@event.At)));
    }

    private CaseView View(CaseProcedure engine) => CaseViews.View(CaseId, TenantId, State, engine, Version, CaseDates.ChinaDate(DateTimeOffset.UtcNow));
}
