using SanXiang.Domain.Calendar;
using SanXiang.Domain.Cases.Events;
using SanXiang.Domain.Cases.Law;
using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Errors;
using SanXiang.Plugins;

namespace SanXiang.Domain.Cases.Engine;

/// <summary>
/// The procedure engine for one case: the procedure the case was opened under (<see cref="PinnedProcedure"/>,
/// its ordinary steps or its 简易程序), the agency's AV item list and its 法制审核目录清单. Each command method checks every rule that
/// applies — the national law as a floor (<see cref="Law"/>), the plugin's steps, documents and AV items — and
/// returns the one event the command makes, or refuses with a coded <see cref="SanXiangException"/>. Plain C#:
/// the grain gathers what the rules need (the named officers' certificates, the calendar), calls, and appends.
/// </summary>
public sealed class CaseProcedure
{
    public CaseProcedure(PinnedProcedure pinned, bool simplified, IReadOnlyList<AvItem> avItems, ReviewCatalog reviewCatalog)
    {
        ArgumentNullException.ThrowIfNull(pinned);
        Pinned = pinned;
        Simplified = simplified;
        AvItems = avItems ?? throw new ArgumentNullException(nameof(avItems));
        ReviewCatalog = reviewCatalog ?? throw new ArgumentNullException(nameof(reviewCatalog));
        Steps = simplified ? pinned.Procedure.Simplified?.Steps ?? [] : pinned.Procedure.Steps;
    }

    public PinnedProcedure Pinned { get; }

    public Procedure Procedure => Pinned.Procedure;

    public EnforcementCategory Category => Procedure.Category;

    public bool Simplified { get; }

    public IReadOnlyList<AvItem> AvItems { get; }

    public IReadOnlyList<ProcedureStep> Steps { get; }

    public ReviewCatalog ReviewCatalog { get; }

    // The 案卷标准 describes the ordinary procedure's file; an on-the-spot case's file is what its own steps produce.
    private CaseFileStandard? Standard => Simplified ? null : Pinned.Standard;

    public string DocumentName(string kind) => Pinned.DocumentNames.GetValueOrDefault(kind, kind);

    public ProcedureStep Step(string stepId) =>
        Steps.FirstOrDefault(s => s.Id == stepId)
            ?? throw new SanXiangException(ErrorCodes.ValidationFailed, $"本案程序中没有环节“{stepId}”。");

    /// <summary>How many distinct certified officers <paramref name="step"/> needs: the stricter of the law (<see cref="TwoOfficersRule"/>) and the plugin.</summary>
    public int RequiredOfficers(ProcedureStep step) => TwoOfficersRule.Required(Category, step);

    /// <summary>The first step neither completed nor skipped, or null when all are.</summary>
    public string? CurrentStepId(CaseState state) => Steps.FirstOrDefault(s => !state.IsDone(s.Id))?.Id;

    /// <summary>立案 (第五十四条): the case's opening, with the deadlines that count from filing.</summary>
    public CaseOpened Open(OpenCaseCommand command, IReadOnlyDictionary<string, NamedOfficer> roster, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(command);
        CommandCheck.Open(command);
        if (command.Simplified)
        {
            SimplifiedProcedureRule.CheckCase(Procedure, command.Party, command.ProposedFine);
        }

        var date = CaseDates.ChinaDate(command.At);
        var officers = CertifiedOfficersRule.Check(Category, "立案", 1, command.OfficerIds, roster, date);
        var party = command.Party with { Name = command.Party.Name.Trim(), IdCode = PartyCode.Normalise(command.Party.IdCode) };
        return new CaseOpened(command.Title.Trim(), Category, party, command.Simplified, command.ProposedFine, officers, Pinned.SectorId, Pinned.SectorVersion, DeadlineSchedule.From(this, null, date, calendar), Pinned.Hash)
        {
            Actor = command.Actor,
            At = command.At,
        };
    }

    /// <summary>
    /// Completes a step: in order, by enough certified officers, with its documents (for 结案归档: the whole
    /// 案卷标准) and the AV records the agency's list asks for (or an allowed override reason).
    /// </summary>
    public CaseEvent Complete(CaseState state, CompleteStepCommand command, IReadOnlyDictionary<string, NamedOfficer> roster, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        var step = Step(command.StepId);
        CheckOrder(state, step, "办理");
        var date = CaseDates.ChinaDate(command.At);
        var officers = CertifiedOfficersRule.Check(Category, step.Name, RequiredOfficers(step), command.OfficerIds, roster, date);
        if (step.Kind == CaseStepKind.Decision)
        {
            ReviewGate.CheckDecision(state, Evaluate(state), step.Name);
        }

        if (step.Kind == CaseStepKind.Closing)
        {
            CheckCaseFile(state, step);
        }
        else
        {
            CheckDocuments(state, step);
        }

        var overrideReason = AvCheck.Check(AvCheck.ItemsFor(AvItems, step), step, state.Recordings, command.AvOverrideReason);
        return step.Kind == CaseStepKind.Closing
            ? new CaseClosed(step.Id, officers, overrideReason) { Actor = command.Actor, At = command.At }
            : new StepCompleted(step.Id, officers, overrideReason, DeadlineSchedule.From(this, step.Id, date, calendar)) { Actor = command.Actor, At = command.At };
    }

    /// <summary>Skips an optional step, with its reason in the chain, unless the case's facts make the step necessary.</summary>
    public StepSkipped Skip(CaseState state, SkipStepCommand command)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        var step = Step(command.StepId);
        if (SkipRefusal(state, step) is { } refusal)
        {
            throw new SanXiangException(ErrorCodes.StepNotSkippable, refusal);
        }

        if (string.IsNullOrWhiteSpace(command.Reason))
        {
            var message = $"跳过环节“{step.Name}”须写明理由{(step.OptionalWhen is null ? "" : $"（{step.OptionalWhen}）")}。";
            throw new SanXiangException(ErrorCodes.ValidationFailed, message, [new FieldProblem("reason", message)]);
        }

        CheckOrder(state, step, "跳过");
        return new StepSkipped(step.Id, command.Reason.Trim()) { Actor = command.Actor, At = command.At };
    }

    /// <summary>Why <paramref name="step"/> may not be skipped in this case, or null when it may.</summary>
    public string? SkipRefusal(CaseState state, ProcedureStep step)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(step);
        if (!step.Optional)
        {
            return $"环节“{step.Name}”是法定必经环节，不能跳过。";
        }

        return step.Kind == CaseStepKind.LegalReview && Evaluate(state) is { Major: true } major
            ? $"本案属重大执法决定（{string.Join("；", major.MatchedRules.Select(r => r.Description))}），须经法制审核（{LegalReviewRule.Article}），环节“{step.Name}”不能跳过。"
            : null;
    }

    /// <summary>Whether the case's decision is major, and by which rules (<see cref="MajorDecisionRule"/>).</summary>
    public MajorDecision Evaluate(CaseState state) => MajorDecisionRule.Evaluate(state, Steps, Category, ReviewCatalog);

    /// <summary>Records or changes the proposed decision; a passed review of an earlier proposal stops counting.</summary>
    public DecisionProposed Propose(CaseState state, ProposeDecisionCommand command)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        if (Category != EnforcementCategory.Penalty)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, "只有行政处罚案件记录拟作出的处罚决定。");
        }

        CommandCheck.Proposal(command);
        CheckBeforeDecision(state, "变更拟作出的决定");
        var proposal = new DecisionProposal([.. command.Kinds.Distinct()], command.Fine, command.Confiscation, command.LegalBasis.Trim(), command.FactsSummary.Trim(), command.Complex);
        return new DecisionProposed(proposal, proposal.Hash) { Actor = command.Actor, At = command.At };
    }

    /// <summary>A legal reviewer's opinion on the current proposal, by the signed-in reviewer, who had no hand in the case (<see cref="ReviewerRule"/>).</summary>
    public ReviewOpinionRecorded RecordReview(CaseState state, RecordReviewOpinionCommand command, ActingOfficer acting)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        var problems = new List<FieldProblem>();
        if (command.Outcome is not { } outcome || !Enum.IsDefined(outcome))
        {
            problems.Add(new FieldProblem("outcome", "请选择审核意见：“同意”或“存在问题”。"));
        }

        if (string.IsNullOrWhiteSpace(command.Reasons))
        {
            problems.Add(new FieldProblem("reasons", "请写明审核意见的理由。"));
        }

        // Every faulty field at once, so the reviewer's form marks them all.
        var unexamined = ReviewChecklistRule.Problems(command.Checklist, command.Outcome is { } given && Enum.IsDefined(given) ? given : null);
        if (unexamined.Count > 0)
        {
            List<FieldProblem> all = [.. problems, .. unexamined];
            throw new SanXiangException(ErrorCodes.ReviewChecklistIncomplete, "审核要点未逐项审核或与审核意见不符：" + string.Join("；", all.Select(p => p.Message.TrimEnd('。'))) + "。", all);
        }

        SanXiangException.ThrowIfAny(problems);
        var checklist = ReviewChecklistRule.Ordered(command.Checklist);
        CheckBeforeDecision(state, "记录法制审核意见");
        if (state.ProposalHash is null)
        {
            throw new SanXiangException(ErrorCodes.Conflict, "本案尚未记录拟作出的处罚决定，无从审核。");
        }

        if (command.ProposalHash != state.ProposalHash)
        {
            throw new SanXiangException(ErrorCodes.Conflict, "拟作出的决定已变更，审核意见须针对当前的拟作出决定。", [new FieldProblem("proposalHash", "拟作出的决定已变更，请按当前内容审核。")]);
        }

        _ = ReviewSubmissionRule.WithReviewer(state, "记录审核意见");
        var officer = ReviewerRule.Check(state, command.ReviewerId, acting);
        return new ReviewOpinionRecorded(state.ProposalHash, officer, command.Outcome!.Value, command.Reasons.Trim(), checklist) { Actor = command.Actor, At = command.At };
    }

    /// <summary>The leaders' collective discussion after the review found problems and the handler disagrees (<see cref="CollectiveDiscussionRule"/>).</summary>
    public CollectiveDiscussionRecorded RecordCollectiveDiscussion(CaseState state, RecordCollectiveDiscussionCommand command)
    {
        ArgumentNullException.ThrowIfNull(state);
        CheckBeforeDecision(state, "进行集体讨论");
        return CollectiveDiscussionRule.Record(state, command);
    }

    /// <summary>The head's once-only extension of the review's time limit (<see cref="ReviewExtensionRule"/>).</summary>
    public ReviewTimeLimitExtended ExtendReviewTimeLimit(CaseState state, ExtendReviewTimeLimitCommand command, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(state);
        CheckBeforeDecision(state, "延长审核期限");
        return ReviewExtensionRule.Extend(state, command, calendar);
    }

    /// <summary>Submits the current proposal for legal review with complete materials, or resubmits (<see cref="ReviewSubmissionRule"/>).</summary>
    public ReviewSubmitted SubmitForReview(CaseState state, SubmitForReviewCommand command, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(state);
        CheckBeforeDecision(state, "提交法制审核");
        return ReviewSubmissionRule.Submit(state, Steps, command, calendar);
    }

    /// <summary>The reviewer asks for supplementary materials; the review's time limit stops until the handler resubmits.</summary>
    public SupplementRequested RequestSupplement(CaseState state, RequestSupplementCommand command, ActingOfficer acting)
    {
        ArgumentNullException.ThrowIfNull(state);
        CheckBeforeDecision(state, "要求补充材料");
        return ReviewSubmissionRule.RequestSupplement(state, command, acting);
    }

    public RecordingAdded AddRecording(CaseState state, AddRecordingCommand command)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        _ = Step(command.StepId);
        CommandCheck.File(command.File);
        CommandCheck.Required(command.Device, "device", "拍摄设备");
        CommandCheck.Required(command.OfficerId, "officerId", "记录人");
        CommandCheck.Location(command.Location);
        return new RecordingAdded([EventFile.From(command.File)], command.Kind, command.StepId, command.Device.Trim(), command.RecordedAt, command.OfficerId, command.Continuous, command.Location)
        {
            Actor = command.Actor,
            At = command.At,
        };
    }

    public EvidenceAdded AddEvidence(CaseState state, AddEvidenceCommand command)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        _ = Step(command.StepId);
        CommandCheck.File(command.File);
        CommandCheck.Required(command.Description, "description", "证据说明");
        return new EvidenceAdded([EventFile.From(command.File)], command.StepId, command.Description.Trim()) { Actor = command.Actor, At = command.At };
    }

    /// <summary>Whether a document may be issued on <paramref name="stepId"/>; the grain then renders and numbers it.</summary>
    public void CheckIssue(CaseState state, IssueDocumentCommand command)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        var step = Step(command.StepId);

        // The decision document is the decision: it waits for the review as the step does.
        if (step.Kind == CaseStepKind.Decision)
        {
            ReviewGate.CheckDecision(state, Evaluate(state), step.Name);
        }
    }

    public SignedCopyAttached AttachSignedCopy(CaseState state, AttachSignedCopyCommand command)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        if (state.Documents.All(d => d.Id != command.DocumentId))
        {
            throw new SanXiangException(ErrorCodes.NotFound, $"本案没有编号为“{command.DocumentId}”的文书。");
        }

        CommandCheck.File(command.File);
        return new SignedCopyAttached(command.DocumentId, [EventFile.From(command.File)]) { Actor = command.Actor, At = command.At };
    }

    /// <summary>The deadlines that fall differently on <paramref name="calendar"/>, or null when none moved.</summary>
    public DeadlinesRecomputed? Recompute(CaseState state, WorkingDayCalendar calendar, long calendarVersion, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(state);
        var changed = DeadlineSchedule.Recompute(this, state, calendar).Where(entry => !state.Deadlines.Contains(entry)).ToList();
        return changed.Count == 0 ? null : new DeadlinesRecomputed(calendarVersion, changed) { Actor = actor, At = at };
    }

    /// <summary>What <paramref name="state"/> still lacks against the 案卷标准 (or, for 简易程序, its steps' documents).</summary>
    public CaseFileCompleteness Completeness(CaseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var items = Standard is not { } standard
            ? Steps.SelectMany(s => s.RequiredDocuments).Distinct(StringComparer.Ordinal).Select(kind => new CaseFileItemView(kind, DocumentName(kind), true, state.HasIssued(kind)))
            : standard.Items.Select(item => new CaseFileItemView(item.DocumentKind, DocumentName(item.DocumentKind), IsNeeded(state, item), state.HasIssued(item.DocumentKind)));
        var list = items.ToList();
        return new CaseFileCompleteness(list, list.All(i => !i.Required || i.Present));
    }

    public IReadOnlyList<CaseStepView> StepViews(CaseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return [.. Steps.Select(step =>
        {
            var done = state.Steps.GetValueOrDefault(step.Id);
            return new CaseStepView(
                step.Id,
                step.Kind,
                step.Name,
                step.Optional,
                step.OptionalWhen,
                done?.State ?? StepState.Pending,
                done?.State == StepState.Completed ? done.At : null,
                done?.State == StepState.Completed ? done.By : null,
                done?.Officers ?? [],
                done?.SkipReason,
                [.. step.RequiredDocuments.Select(kind => new RequiredDocumentView(kind, DocumentName(kind), state.HasIssued(kind)))],
                AvCheck.Requirement(AvCheck.ItemsFor(AvItems, step), step, state.Recordings, done?.AvOverrideReason),
                RequiredOfficers(step),
                done is null ? SkipRefusal(state, step) : null);
        })];
    }

    // An optional item of the standard belongs in the file only when its step took place.
    private bool IsNeeded(CaseState state, CaseFileItem item) =>
        item.Required
        || Steps.Any(s => s.RequiredDocuments.Contains(item.DocumentKind) && state.Steps.GetValueOrDefault(s.Id)?.State == StepState.Completed);

    // Once decided, the proposal and its review are history: changing them would rewrite what the decision rests on.
    private void CheckBeforeDecision(CaseState state, string verb)
    {
        if (Steps.FirstOrDefault(s => s.Kind == CaseStepKind.Decision) is { } decision && state.IsDone(decision.Id))
        {
            throw new SanXiangException(ErrorCodes.Conflict, $"环节“{decision.Name}”已办理，不能再{verb}。");
        }
    }

    private void CheckOrder(CaseState state, ProcedureStep step, string verb)
    {
        if (state.IsDone(step.Id))
        {
            var done = state.Steps[step.Id].State == StepState.Completed ? "已办理" : "已跳过";
            throw new SanXiangException(ErrorCodes.Conflict, $"环节“{step.Name}”{done}，不能再次{verb}。");
        }

        var missing = Steps.TakeWhile(s => s.Id != step.Id).Where(s => !state.IsDone(s.Id)).ToList();
        if (missing.Count > 0)
        {
            throw new SanXiangException(
                ErrorCodes.StepOutOfOrder,
                $"须先办理（或依法跳过）环节{string.Join("、", missing.Select(s => $"“{s.Name}”"))}，才能{verb}环节“{step.Name}”。");
        }
    }

    private void CheckDocuments(CaseState state, ProcedureStep step)
    {
        var missing = step.RequiredDocuments.Where(kind => !state.HasIssued(kind)).ToList();
        if (missing.Count > 0)
        {
            throw new SanXiangException(
                ErrorCodes.DocumentRequired,
                $"办理环节“{step.Name}”前须制作{string.Join("、", missing.Select(kind => $"《{DocumentName(kind)}》"))}。");
        }
    }

    // 结案归档: the file must hold what the 案卷标准 asks (and the closing step's own documents).
    private void CheckCaseFile(CaseState state, ProcedureStep step)
    {
        var missing = Completeness(state).Items.Where(i => i.Required && !i.Present).Select(i => i.Kind)
            .Concat(step.RequiredDocuments.Where(kind => !state.HasIssued(kind)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (missing.Count > 0)
        {
            throw new SanXiangException(
                ErrorCodes.CaseFileIncomplete,
                $"案卷不完整，不能结案归档：缺少{string.Join("、", missing.Select(kind => $"《{DocumentName(kind)}》"))}。");
        }
    }
}
