using SanXiang.Domain.Calendar;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Engine;
using SanXiang.Domain.Cases.Events;
using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Files;
using SanXiang.Domain.Officers;
using SanXiang.Plugins;
using SanXiang.Plugins.MarketRegulation;

namespace SanXiang.Domain.Tests.Cases.Engine;

/// <summary>A market-regulation penalty case built from events, as the grain would replay it, with the agency's certified officers.</summary>
internal sealed class CaseHistory
{
    public static readonly ISectorPlugin Plugin = new MarketRegulationPlugin();

    public static readonly string[] Two = ["A1", "A2"];

    private static readonly CaseOfficer[] Team = [new("A1", "张明", "A1"), new("A2", "李华", "A2")];

    private int files;

    private CaseHistory(CaseProcedure procedure) => Procedure = procedure;

    /// <summary>The agency's officers: 张明 and 李华 certified for penalties, 王芳's certificate expired at the end of 2025.</summary>
    public static IReadOnlyDictionary<string, NamedOfficer> Roster { get; } = new Dictionary<string, NamedOfficer>
    {
        ["A1"] = Officer("A1", "张明"),
        ["A2"] = Officer("A2", "李华"),
        ["A3"] = Officer("A3", "王芳", validTo: new DateOnly(2025, 12, 31)),
    };

    /// <summary>
    /// The officers who might review: 赵敏 of 法规股; 张明, marked a reviewer but handling the case; 钱强, not a reviewer;
    /// 孙丽, a qualified reviewer the agency deactivated (transferred).
    /// </summary>
    public static IReadOnlyDictionary<string, NamedReviewer> Reviewers { get; } = new Dictionary<string, NamedReviewer>
    {
        ["R1"] = new(new CaseOfficer("R1", "赵敏", "R1"), true, true, true),
        ["A1"] = new(new CaseOfficer("A1", "张明", "A1"), true, true, true),
        ["R2"] = new(new CaseOfficer("R2", "钱强", "R2"), false, false, true),
        ["R3"] = new(new CaseOfficer("R3", "孙丽", "R3"), true, true, false),
    };

    public CaseProcedure Procedure { get; }

    public CaseState State { get; } = new();

    public static PinnedProcedure PenaltyProcedure => PinnedProcedure.From(Plugin, EnforcementCategory.Penalty)!;

    public static CaseHistory Penalty(DateTimeOffset filedAt, bool simplified = false, WorkingDayCalendar? calendar = null)
    {
        var procedure = new CaseProcedure(PenaltyProcedure, simplified, Plugin.AvItemDefaults, ReviewCatalog.Of(Plugin));
        var history = new CaseHistory(procedure);
        var deadlines = DeadlineSchedule.From(procedure, null, CaseDates.ChinaDate(filedAt), calendar ?? WorkingDayCalendar.Official);
        history.State.Apply(new CaseOpened("销售过期食品案", EnforcementCategory.Penalty, new CaseParty("新田县某超市", PartyKind.Organisation, "91431128MA4L0000X1"), simplified, 5000m, Team, "market-regulation", "1", deadlines, PenaltyProcedure.Hash) { Actor = "officer", At = filedAt });
        return history;
    }

    public static NamedOfficer Officer(string id, string name, DateOnly? validTo = null) =>
        new(new CaseOfficer(id, name, id), new OfficerFacts(name, id, [EnforcementCategory.Penalty, EnforcementCategory.Inspection], null, new DateOnly(2020, 1, 1), validTo ?? new DateOnly(2030, 12, 31), OfficerStanding.Active));

    /// <summary>What the engine makes of completing <paramref name="stepId"/> now with <paramref name="officers"/>.</summary>
    public CaseEvent Attempt(string stepId, IReadOnlyList<string>? officers = null, string? avOverrideReason = null) =>
        Procedure.Complete(State, new CompleteStepCommand(stepId, officers ?? Two, avOverrideReason, "officer", State.UpdatedAt.AddHours(1)), Roster, WorkingDayCalendar.Official);

    public StepSkipped AttemptSkip(string stepId, string reason) =>
        Procedure.Skip(State, new SkipStepCommand(stepId, reason, "officer", State.UpdatedAt.AddHours(1)));

    /// <summary>Records the proposal the engine makes of a fine (and the other kinds) with the case's basis and facts.</summary>
    public CaseHistory Propose(decimal fine, params PenaltyKind[] others)
    {
        State.Apply(Procedure.Propose(State, ProposalOf(fine, others)));
        return this;
    }

    public ProposeDecisionCommand ProposalOf(decimal fine, params PenaltyKind[] others) =>
        new([.. fine > 0 ? [PenaltyKind.Fine] : Array.Empty<PenaltyKind>(), .. others], fine, 0, "《中华人民共和国食品安全法》第一百二十四条", "销售超过保质期的食品", false, "officer", State.UpdatedAt.AddHours(1));

    /// <summary>The account of <paramref name="officerId"/>, linked to them; the roster knows them when <see cref="Reviewers"/> lists them.</summary>
    public static ActingOfficer SignedInAs(string officerId) => new(officerId, Reviewers.GetValueOrDefault(officerId));

    /// <summary>What the engine makes of <paramref name="reviewerId"/>'s opinion on the current proposal, given while signed in as themselves.</summary>
    public ReviewOpinionRecorded AttemptReview(string reviewerId, ReviewOutcome outcome, string? proposalHash = null) =>
        AttemptReviewAs(SignedInAs(reviewerId), null, outcome, proposalHash);

    /// <summary>What the engine makes of an opinion given by the account <paramref name="acting"/>, naming <paramref name="namedReviewerId"/> as the reviewer.</summary>
    public ReviewOpinionRecorded AttemptReviewAs(ActingOfficer acting, string? namedReviewerId, ReviewOutcome outcome, string? proposalHash = null, IReadOnlyList<ReviewCheck>? checklist = null) =>
        Procedure.RecordReview(
            State,
            new RecordReviewOpinionCommand(proposalHash ?? State.ProposalHash ?? "", namedReviewerId, outcome, outcome == ReviewOutcome.Agreed ? "事实清楚，证据充分，适用依据正确" : "裁量明显过重", "reviewer", State.UpdatedAt.AddHours(1))
            {
                Checklist = checklist ?? Checklist(outcome),
            },
            acting);

    /// <summary>The seven points as a reviewer fills them for <paramref name="outcome"/>: all 符合 for 同意; for 存在问题, the discretion is too heavy.</summary>
    public static IReadOnlyList<ReviewCheck> Checklist(ReviewOutcome outcome) =>
        [.. ReviewPoints.All.Select(p => outcome == ReviewOutcome.HasProblems && p == ReviewPoint.LawAndDiscretion
            ? new ReviewCheck(p, ReviewFinding.Problem, "罚款数额明显高于本局裁量基准")
            : new ReviewCheck(p, ReviewFinding.Satisfied, $"经审查，{ReviewPoints.Name(p)}：无问题"))];

    /// <summary>Reviews the current proposal, submitting it first unless its submission is with the reviewer.</summary>
    public CaseHistory Review(ReviewOutcome outcome, string reviewerId = "R1")
    {
        if (State.Submission is not { Status: ReviewStatus.Pending } pending || pending.ProposalHash != State.ProposalHash)
        {
            Submit(Materials($"第{State.Reviews.Count + 1}次送审"));
        }

        State.Apply(AttemptReview(reviewerId, outcome));
        return this;
    }

    /// <summary>The handler's materials: a situation note, the draft decision, two pieces of evidence, and a hearing record if given.</summary>
    public static ReviewMaterials Materials(string note = "当事人销售过期食品，事实清楚", string? hearingRecord = null) =>
        new(note, "新市监罚〔2026〕号决定书（草案）", ["现场检查笔录", "询问笔录"], hearingRecord);

    public ReviewSubmitted AttemptSubmit(ReviewMaterials? materials = null, DateTimeOffset? at = null) =>
        Procedure.SubmitForReview(State, new SubmitForReviewCommand(materials ?? Materials(), "officer", at ?? State.UpdatedAt.AddHours(1)), WorkingDayCalendar.Official);

    public CaseHistory Submit(ReviewMaterials? materials = null, DateTimeOffset? at = null)
    {
        State.Apply(AttemptSubmit(materials, at));
        return this;
    }

    public SupplementRequested AttemptSupplement(DateTimeOffset at, DateOnly supplyBy, string reviewerId = "R1", string? namedReviewerId = null) =>
        Procedure.RequestSupplement(State, new RequestSupplementCommand(namedReviewerId, ["当事人营业执照复印件"], supplyBy, "缺少当事人主体资格证明", "reviewer", at), SignedInAs(reviewerId));

    public CaseHistory RequestSupplement(DateTimeOffset at, DateOnly supplyBy, string reviewerId = "R1")
    {
        State.Apply(AttemptSupplement(at, supplyBy, reviewerId));
        return this;
    }

    /// <summary>The leaders' discussion as the handler records it: 局长 and 分管副局长 present, the handler disagreeing with the review.</summary>
    public RecordCollectiveDiscussionCommand Discussion(DiscussionDecision? decision, DateOnly? heldOn = null, IReadOnlyList<DiscussionAttendee>? attendees = null) =>
        new(
            State.ProposalHash ?? "",
            heldOn ?? CaseDates.ChinaDate(State.UpdatedAt),
            "当事人拒不配合调查，货值较大，承办机构认为罚款二十万元并无不当",
            attendees ?? [new("周正", "局长", "同意承办机构意见"), new("刘敏", "分管副局长", "同意按拟作出的决定处罚")],
            decision,
            decision == DiscussionDecision.Proceed ? "经集体讨论，决定按拟作出的决定作出行政处罚决定" : "经集体讨论，退回承办机构修改裁量",
            "officer",
            State.UpdatedAt.AddHours(1));

    public CaseHistory Discuss(DiscussionDecision decision)
    {
        State.Apply(Procedure.RecordCollectiveDiscussion(State, Discussion(decision)));
        return this;
    }

    /// <summary>What the engine makes of the head's extension of the review's time limit by <paramref name="days"/> working days.</summary>
    public ReviewTimeLimitExtended AttemptExtend(int days, string reason = "案情复杂，需进一步核实证据", DateTimeOffset? at = null) =>
        Procedure.ExtendReviewTimeLimit(State, new ExtendReviewTimeLimitCommand(days, reason, "head", at ?? State.UpdatedAt.AddHours(1)), WorkingDayCalendar.Official);

    public CaseHistory Extend(int days)
    {
        State.Apply(AttemptExtend(days));
        return this;
    }

    public CaseHistory Issue(string kind, string stepId)
    {
        State.Apply(new DocumentIssued($"D{State.Documents.Count + 1}", kind, Procedure.DocumentName(kind), null, stepId, [NextFile("docx")]) { Actor = "officer", At = State.UpdatedAt });
        return this;
    }

    public CaseHistory Record(string stepId, AvKind kind, bool continuous = false)
    {
        State.Apply(new RecordingAdded([NextFile("mp4")], kind, stepId, "执法记录仪 DSJ-01", State.UpdatedAt, "A1", continuous) { Actor = "officer", At = State.UpdatedAt });
        return this;
    }

    /// <summary>Completes a step after issuing its documents, as the grain would after the engine's checks (the AV record waived by a reason).</summary>
    public CaseHistory Complete(string stepId, DateTimeOffset? at = null, WorkingDayCalendar? calendar = null)
    {
        var step = Procedure.Step(stepId);
        foreach (var kind in step.RequiredDocuments.Where(k => !State.HasIssued(k)))
        {
            Issue(kind, stepId);
        }

        var when = at ?? State.UpdatedAt.AddDays(1);
        var deadlines = DeadlineSchedule.From(Procedure, stepId, CaseDates.ChinaDate(when), calendar ?? WorkingDayCalendar.Official);
        State.Apply(new StepCompleted(stepId, Team, "测试：按事项清单免除", deadlines) { Actor = "officer", At = when });
        return this;
    }

    public CaseHistory Skip(string stepId)
    {
        State.Apply(new StepSkipped(stepId, "当事人未要求听证") { Actor = "officer", At = State.UpdatedAt.AddHours(1) });
        return this;
    }

    public CaseHistory CompleteThrough(string lastStepId)
    {
        foreach (var step in Procedure.Steps)
        {
            if (step.Optional)
            {
                Skip(step.Id);
            }
            else
            {
                Complete(step.Id);
            }

            if (step.Id == lastStepId)
            {
                break;
            }
        }

        return this;
    }

    private EventFile NextFile(string extension)
    {
        files++;
        return EventFile.From(new StoredFile("sm3:" + files.ToString("x64", System.Globalization.CultureInfo.InvariantCulture), $"f{files}.{extension}", "application/octet-stream", 1));
    }
}
