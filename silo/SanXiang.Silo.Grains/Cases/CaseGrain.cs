using Microsoft.Extensions.Logging;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Engine;
using SanXiang.Domain.Cases.Events;
using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Disclosures;
using SanXiang.Domain.Errors;
using SanXiang.Plugins;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Cases;
using SanXiang.Silo.Grains.Documents;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.Plans;
using SanXiang.Silo.Grains.ReadModel;

namespace SanXiang.Silo.Grains.Cases;

/// <summary>
/// A case's full-process record (执法全过程记录). The grain loads the case from its chain, gathers what the rules
/// need (the procedure the case was opened under, the named officers' certificates, the calendar), asks the
/// Domain's engine (<see cref="CaseProcedure"/>) for the event a command makes and appends it; a refused command
/// appends nothing. The state only ever changes by applying an event as the store kept it, so a live case and a
/// replayed one are the same case.
/// </summary>
public sealed class CaseGrain(CaseEventStore store, CaseInputs inputs, IDocumentIssuer issuer, ILogger<CaseGrain> logger) : Grain, ICaseGrain
{
    private CaseState state = new();
    private PinnedProcedure? pinned;

    // The read model's row as the last append wrote it (null until this activation appends), so the next write
    // touches only what changed.
    private CaseSummary? written;

    // The sequence number of the case's last event: the store appends only after it, so a second activation
    // of this case, or any other writer that appended first, makes this one's append a conflict.
    private long sequence;

    private string TenantId => GrainKeys.TenantOf(this.GetPrimaryKeyString());

    private string CaseId => this.GetPrimaryKeyString()[(TenantId.Length + 1)..];

    public override Task OnActivateAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<CaseView> OpenAsync(OpenCaseCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command = CommandText.Of(command);
        if (state.Opened)
        {
            throw new SanXiangException(ErrorCodes.Conflict, $"案件“{CaseId}”已立案。");
        }

        var procedure = await inputs.ProcedureForNewCaseAsync(TenantId, command.Category);
        var engine = await inputs.EngineAsync(TenantId, procedure, command.Simplified);
        var named = command with { OfficerIds = CaseInputs.OfficerIds(command.OfficerIds) };
        var opened = engine.Open(named, await inputs.RosterAsync(TenantId, named.OfficerIds), (await inputs.CalendarAsync()).Calendar);
        await inputs.PinAsync(procedure);
        pinned = procedure;
        await AppendAsync(opened, engine);
        return View(engine);
    }

    public async Task<CaseView?> GetAsync() => state.Opened ? View(await EngineAsync()) : null;

    /// <summary>Completing the decision step (决定) also drafts its disclosure, in the same append: the duty to publish starts with the decision.</summary>
    public async Task<CaseView> CompleteStepAsync(CompleteStepCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command = CommandText.Of(command);
        var named = command with { OfficerIds = CaseInputs.OfficerIds(command.OfficerIds) };
        CaseGuard.CheckOpen(state, CaseId);
        var engine = await EngineAsync();
        var calendar = (await inputs.CalendarAsync()).Calendar;
        var completed = engine.Complete(state, named, await inputs.RosterAsync(TenantId, named.OfficerIds), calendar);
        List<CaseEvent> events = [completed];
        var step = engine.Step(named.StepId);
        if (completed is StepCompleted && step.Kind == CaseStepKind.Decision && state.Disclosure is null)
        {
            var draft = DisclosureRules.Draft(state, step, completed.At, calendar, inputs.Plugin(state.SectorId).PublishesWarningOnlyPenalties);
            events.Add(new DisclosureDrafted(draft) { Actor = completed.Actor, At = completed.At });
        }

        await AppendAsync(events, engine);
        return View(engine);
    }

    public Task<CaseView> SkipStepAsync(SkipStepCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command = CommandText.Of(command);
        return DecideAsync(engine => engine.Skip(state, command));
    }

    public Task<CaseView> ProposeDecisionAsync(ProposeDecisionCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command = CommandText.Of(command);
        return DecideAsync(engine => engine.Propose(state, command));
    }

    public Task<CaseView> RecordReviewOpinionAsync(RecordReviewOpinionCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command = CommandText.Of(command);
        var named = command with { ReviewerId = CaseInputs.NamedOfficerId(command.ReviewerId) };
        return DecideAsync(async engine => engine.RecordReview(state, named, await inputs.ActingOfficerAsync(TenantId, command.Actor)));
    }

    public Task<CaseView> SubmitForReviewAsync(SubmitForReviewCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command = CommandText.Of(command);
        return DecideAsync(async engine => engine.SubmitForReview(state, command, (await inputs.CalendarAsync()).Calendar));
    }

    public Task<CaseView> RequestSupplementAsync(RequestSupplementCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command = CommandText.Of(command);
        var named = command with { ReviewerId = CaseInputs.NamedOfficerId(command.ReviewerId) };
        return DecideAsync(async engine => engine.RequestSupplement(state, named, await inputs.ActingOfficerAsync(TenantId, command.Actor)));
    }

    public Task<CaseView> RecordCollectiveDiscussionAsync(RecordCollectiveDiscussionCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command = CommandText.Of(command);
        return DecideAsync(engine => engine.RecordCollectiveDiscussion(state, command));
    }

    public Task<CaseView> ExtendReviewTimeLimitAsync(ExtendReviewTimeLimitCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command = CommandText.Of(command);
        return DecideAsync(async engine => engine.ExtendReviewTimeLimit(state, command, (await inputs.CalendarAsync()).Calendar));
    }

    public async Task<MajorDecision> EvaluateMajorDecisionAsync()
    {
        if (!state.Opened)
        {
            throw new SanXiangException(ErrorCodes.CaseNotFound, $"案件“{CaseId}”不存在。");
        }

        return (await EngineAsync()).Evaluate(state);
    }

    public Task<CaseView> AddRecordingAsync(AddRecordingCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command = CommandText.Of(command);
        return DecideAsync(engine => engine.AddRecording(state, command));
    }

    public Task<CaseView> AddEvidenceAsync(AddEvidenceCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command = CommandText.Of(command);
        return DecideAsync(engine => engine.AddEvidence(state, command));
    }

    public async Task<CaseDocumentView> IssueDocumentAsync(IssueDocumentCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command = CommandText.Of(command);
        CaseGuard.CheckOpen(state, CaseId);
        var engine = await EngineAsync();
        engine.CheckIssue(state, command);
        var template = inputs.Plugin(state.SectorId).DocumentTemplates.FirstOrDefault(t => t.Kind == command.Kind)
            ?? throw new SanXiangException(ErrorCodes.DocumentKindUnknown, $"本行业没有“{command.Kind}”文书格式。");
        var agency = await GrainFactory.GetGrain<IAgencyGrain>(TenantId).GetAsync();
        // Unique within the tenant: the number sequence treats a document id it has seen as a retry of that issue.
        var documentId = $"{CaseId}-doc-{state.Documents.Count + 1}";
        var date = CaseDates.ChinaDate(command.At);
        var defaults = await GrainFactory.GetGrain<IAgencySettingsGrain>(TenantId).GetDocumentDefaultsAsync();
        var fields = CaseFacts.Merge(template, command.Fields, state, CaseId, agency?.Profile.Name, date, defaults);
        var issued = await issuer.IssueAsync(new DocumentIssueRequest(TenantId, CaseId, documentId, state.SectorId, template.Kind, fields, date));
        await AppendAsync(new DocumentIssued(documentId, issued.Kind, issued.Name, issued.Number, command.StepId, [EventFile.From(issued.File)])
        {
            Actor = command.Actor,
            At = command.At,
        }, engine);
        return state.Documents.Single(d => d.Id == documentId);
    }

    public Task<CaseView> AttachSignedCopyAsync(AttachSignedCopyCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command = CommandText.Of(command);
        return DecideAsync(engine => engine.AttachSignedCopy(state, command));
    }

    public async Task<DisclosurePreview> PreviewDisclosureAsync(DisclosureText text) =>
        DisclosureEngine.Preview(state, CaseId, await AgencyNameAsync(), CommandText.Of(text), DisclosureSettings);

    public Task<DisclosureEntry> PublishDisclosureAsync(PublishDisclosureCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command = CommandText.Of(command);
        return DiscloseAsync(async () => DisclosureEngine.Publish(state, CaseId, await AgencyNameAsync(), command, DisclosureSettings));
    }

    public Task<DisclosureEntry> CorrectDisclosureAsync(CorrectDisclosureCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command = CommandText.Of(command);
        return DiscloseAsync(async () => DisclosureEngine.Correct(state, CaseId, await AgencyNameAsync(), command, (await inputs.CalendarAsync()).Calendar, DisclosureSettings));
    }

    public Task<DisclosureEntry> WithdrawDisclosureAsync(WithdrawDisclosureCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command = CommandText.Of(command);
        return DiscloseAsync(async () => DisclosureEngine.Withdraw(state, CaseId, command, (await inputs.CalendarAsync()).Calendar));
    }

    public Task<DisclosureEntry> WithholdDisclosureAsync(WithholdDisclosureCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command = CommandText.Of(command);
        return DiscloseAsync(() => Task.FromResult<CaseEvent>(DisclosureEngine.Withhold(state, CaseId, command)));
    }

    public async Task<IReadOnlyList<CaseEventView>> GetEventsAsync()
    {
        var events = new List<CaseEventView>();
        await foreach (var stored in store.ReadAsync(TenantId, CaseId))
        {
            var e = stored.Event;
            events.Add(new CaseEventView(e.Sequence, e.Kind, e.At, e.Actor, e.Payload, [.. e.FileHashes], Convert.ToHexStringLower(e.PreviousHash), Convert.ToHexStringLower(stored.Hash)));
        }

        return events;
    }

    public async Task<CaseVerification> VerifyAsync()
    {
        var verification = await store.VerifyAsync(TenantId, CaseId);
        return new CaseVerification(verification.IsValid, verification.FirstBadSequence, verification.Code, verification.Message);
    }

    public async Task<CaseView> RecomputeDeadlinesAsync(string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        actor = CommandText.Actor(actor);
        CaseGuard.CheckOpen(state, CaseId);
        var engine = await EngineAsync();
        var (calendar, version) = await inputs.CalendarAsync();
        if (engine.Recompute(state, calendar, version, actor, DateTimeOffset.UtcNow) is { } recomputed)
        {
            await AppendAsync(recomputed, engine);
        }

        return View(engine);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var loaded = new CaseState();
        long last = 0;
        await foreach (var stored in store.ReadAsync(TenantId, CaseId, 1, cancellationToken))
        {
            loaded.Apply(CaseEventCodec.Instance.Decode(stored.Event.Kind, stored.Event.Payload));
            last = stored.Sequence;
        }

        state = loaded;
        sequence = last;
        pinned = null;
        written = null;
    }

    /// <summary>The engine of this case, under the procedure it was opened under.</summary>
    private async Task<CaseProcedure> EngineAsync()
    {
        pinned ??= await inputs.ProcedureOfAsync(CaseId, state);
        return await inputs.EngineAsync(TenantId, pinned, state.Simplified);
    }

    // A command on an open case: the engine decides the one event it makes (or refuses), the grain appends it.
    private Task<CaseView> DecideAsync(Func<CaseProcedure, CaseEvent> decide) => DecideAsync(engine => Task.FromResult(decide(engine)));

    private async Task<CaseView> DecideAsync(Func<CaseProcedure, Task<CaseEvent>> decide)
    {
        CaseGuard.CheckOpen(state, CaseId);
        var engine = await EngineAsync();
        await AppendAsync(await decide(engine), engine);
        return View(engine);
    }

    // The agency's settings for publishing decisions: every agency has the defaults until an agency setting holds its own.
    private static DisclosureSettings DisclosureSettings => DisclosureSettings.Default;

    // Disclosure commands stay open after 结案归档: a decision is withdrawn or corrected whenever it is revoked or found wrong.
    private async Task<DisclosureEntry> DiscloseAsync(Func<Task<CaseEvent>> decide)
    {
        if (!state.Opened)
        {
            throw new SanXiangException(ErrorCodes.CaseNotFound, $"案件“{CaseId}”不存在。");
        }

        var engine = await EngineAsync();
        await AppendAsync([await decide()], engine);
        return DisclosureEntry.Of(TenantId, CaseId, state)!;
    }

    private async Task<string> AgencyNameAsync() =>
        (await GrainFactory.GetGrain<IAgencyGrain>(TenantId).GetAsync())?.Profile.Name ?? TenantId;

    private Task AppendAsync(CaseEvent @event, CaseProcedure engine) => AppendAsync([@event], engine);

    private async Task AppendAsync(IReadOnlyList<CaseEvent> events, CaseProcedure engine)
    {
        var codec = CaseEventCodec.Instance;

        // The next state, applied to a copy as a replay would apply the stored payloads; the read model's rows are
        // derived from it and written in the append's own transaction.
        var next = state.Clone();
        var appended = new List<NewCaseEvent>(events.Count);
        foreach (var @event in events)
        {
            var kind = codec.KindOf(@event);
            var payload = codec.Encode(@event);
            var files = @event is IAttachesFiles attached ? attached.Files.Select(f => f.Hash).ToList() : null;
            next.Apply(codec.Decode(kind, payload));
            appended.Add(new NewCaseEvent(kind, payload, @event.Actor, @event.At, files));
        }

        var summary = CaseViews.Summary(TenantId, CaseId, next, engine, sequence + events.Count);
        var previous = written ?? (state.Opened ? CaseViews.Summary(TenantId, CaseId, state, engine, sequence) : null);
        List<object> derived = [CaseSummaryWrite.Since(previous, summary)];
        if (ReviewQueueWrite.Since(TenantId, CaseId, ReviewQueueEntry.Of(TenantId, CaseId, state), ReviewQueueEntry.Of(TenantId, CaseId, next)) is { } queued)
        {
            derived.Add(queued);
        }

        var disclosed = DisclosureWrite.Since(DisclosureEntry.Of(TenantId, CaseId, state), DisclosureEntry.Of(TenantId, CaseId, next));
        if (disclosed is not null)
        {
            derived.Add(disclosed);
        }

        var result = await store.AppendAsync(TenantId, CaseId, sequence, appended, derived);
        if (!result.Succeeded)
        {
            // Someone else appended first (another activation, during a cluster change): take the case as stored.
            await LoadAsync(CancellationToken.None);
            throw new SanXiangException(ErrorCodes.Conflict, $"案件“{CaseId}”刚被其他操作更新，请刷新后重试。");
        }

        state = next;
        sequence = result.LastSequence;
        written = summary;
        if (disclosed is not null)
        {
            // A decision drafted, published or withdrawn: the agency's 公示及时率 counts may have moved.
            await RolloutAnnouncement.SendAsync(this, GrainFactory, TenantId, DateTimeOffset.UtcNow, logger);
        }
    }

    private CaseView View(CaseProcedure engine) => CaseViews.View(CaseId, TenantId, state, engine, sequence, CaseDates.ChinaDate(DateTimeOffset.UtcNow));
}
