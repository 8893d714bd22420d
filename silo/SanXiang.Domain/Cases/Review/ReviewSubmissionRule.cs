using SanXiang.Domain.Calendar;
using SanXiang.Domain.Cases.Engine;
using SanXiang.Domain.Cases.Events;
using SanXiang.Domain.Errors;
using SanXiang.Plugins;

namespace SanXiang.Domain.Cases.Review;

/// <summary>
/// The legal review's workflow before the opinion (DOMAIN.md §3): the handler submits the current proposal with
/// complete materials; the reviewer may ask for supplements by a date, which stops the time limit until the handler
/// resubmits; after 存在问题 the case is back with the handler, who resubmits only with something changed; an
/// opinion is given on a submission with the reviewer, never on a proposal nobody submitted.
/// </summary>
public static class ReviewSubmissionRule
{
    /// <summary>The submission's event: REVIEW_MATERIALS_INCOMPLETE naming each missing material, REVIEW_RESUBMISSION_UNCHANGED after 存在问题 with nothing changed.</summary>
    public static ReviewSubmitted Submit(CaseState state, IReadOnlyList<ProcedureStep> steps, SubmitForReviewCommand command, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(command);
        var materials = Normalise(command.Materials);
        CheckComplete(state, steps, materials);
        var hash = state.ProposalHash!;
        var open = state.Submission is { } s && s.ProposalHash == hash ? s : null;
        if (open?.Status == ReviewStatus.Pending)
        {
            throw new SanXiangException(ErrorCodes.Conflict, $"本案已于{CaseDates.ChinaDate(open.SubmittedAt):yyyy年M月d日}提交法制审核，正在审核中，不必重复提交。");
        }

        if (open?.Status == ReviewStatus.Passed)
        {
            throw new SanXiangException(ErrorCodes.Conflict, "当前拟作出的决定已经法制审核同意，不必再次提交。");
        }

        if (open?.Status == ReviewStatus.Returned && open.Materials.SameAs(materials))
        {
            throw new SanXiangException(
                ErrorCodes.ReviewResubmissionUnchanged,
                $"法制审核意见为“存在问题”（{open.Opinion?.Reasons}），重新提交时拟作出的决定和送审材料均未作修改；请针对审核意见修改后再提交。");
        }

        var startedOn = CaseDates.ChinaDate(command.At);
        var resumed = open?.Status == ReviewStatus.Suspended;
        var daysLeft = resumed
            ? ReviewTimeLimit.LeftAfter(calendar, CaseDates.ChinaDate(open!.SubmittedAt), open.DaysLeft, CaseDates.ChinaDate(open.Supplement!.At))
            : ReviewTimeLimit.DefaultWorkingDays;
        var (due, provisional, error) = ReviewTimeLimit.DueFrom(calendar, startedOn, daysLeft);
        return new ReviewSubmitted(hash, materials, resumed, daysLeft, due, provisional, error) { Actor = command.Actor, At = command.At };
    }

    /// <summary>The reviewer's request for supplements on the submission with them; the reviewer is checked as for an opinion (<see cref="ReviewerRule"/>).</summary>
    public static SupplementRequested RequestSupplement(CaseState state, RequestSupplementCommand command, ActingOfficer acting)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        var items = (command.Items ?? []).Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).ToList();
        var problems = new List<FieldProblem>();
        if (items.Count == 0)
        {
            problems.Add(new FieldProblem("items", "请列明需要补充的材料。"));
        }

        if (command.SupplyBy < CaseDates.ChinaDate(command.At))
        {
            problems.Add(new FieldProblem("dueDate", "补充材料的期限不能早于今天。"));
        }

        if (string.IsNullOrWhiteSpace(command.Reason))
        {
            problems.Add(new FieldProblem("reason", "请写明需要补充材料的理由。"));
        }

        SanXiangException.ThrowIfAny(problems);
        _ = WithReviewer(state, "要求补充材料");
        var officer = ReviewerRule.Check(state, command.ReviewerId, acting);
        return new SupplementRequested(officer, items, command.SupplyBy, command.Reason.Trim()) { Actor = command.Actor, At = command.At };
    }

    /// <summary>The submission an opinion is given on: CONFLICT unless the current proposal's submission is with the reviewer.</summary>
    public static ReviewSubmission WithReviewer(CaseState state, string verb)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Submission switch
        {
            null => throw NotWithReviewer($"本案尚未提交法制审核，不能{verb}。"),
            { } s when s.ProposalHash != state.ProposalHash => throw NotWithReviewer($"拟作出的决定在提交审核后已变更，须由承办人重新提交，才能{verb}。"),
            { Status: ReviewStatus.Suspended } s => throw NotWithReviewer($"已要求补充材料（限{s.Supplement!.SupplyBy:yyyy年M月d日}前），审核中止，须待承办人补充后重新提交，才能{verb}。"),
            { Status: ReviewStatus.Returned } => throw NotWithReviewer($"本次送审已退回承办人，须待重新提交，才能{verb}。"),
            { Status: ReviewStatus.Passed } => throw NotWithReviewer($"本次送审已审核同意，不能再{verb}。"),
            { } s => s,
        };
    }

    private static SanXiangException NotWithReviewer(string message) => new(ErrorCodes.Conflict, message);

    private static ReviewMaterials Normalise(ReviewMaterials? materials) =>
        materials is null
            ? new ReviewMaterials("", "", [], null)
            : new ReviewMaterials(
                (materials.SituationNote ?? "").Trim(),
                (materials.DraftDecision ?? "").Trim(),
                [.. (materials.Evidence ?? []).Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim())],
                string.IsNullOrWhiteSpace(materials.HearingRecord) ? null : materials.HearingRecord.Trim());

    // Complete against the current proposal: the proposal itself, and the hearing record when the hearing was held.
    private static void CheckComplete(CaseState state, IReadOnlyList<ProcedureStep> steps, ReviewMaterials materials)
    {
        var problems = new List<FieldProblem>();
        if (state.ProposalHash is null)
        {
            problems.Add(new FieldProblem("proposal", "尚未记录拟作出的处罚决定，无从送审。"));
        }

        if (materials.SituationNote.Length == 0)
        {
            problems.Add(new FieldProblem("situationNote", "请填写承办机构的情况说明。"));
        }

        if (materials.DraftDecision.Length == 0)
        {
            problems.Add(new FieldProblem("draftDecision", "请附拟作出的决定书草案或写明其文书编号。"));
        }

        if (materials.Evidence.Count == 0)
        {
            problems.Add(new FieldProblem("evidence", "请列明证据清单。"));
        }

        var hearing = steps.FirstOrDefault(s => s.Kind == CaseStepKind.Hearing);
        if (hearing is not null && state.Steps.GetValueOrDefault(hearing.Id)?.State == StepState.Completed && materials.HearingRecord is null)
        {
            problems.Add(new FieldProblem("hearingRecord", "本案举行了听证，请附听证笔录。"));
        }

        if (problems.Count > 0)
        {
            throw new SanXiangException(ErrorCodes.ReviewMaterialsIncomplete, "送审材料不齐全：" + string.Join("；", problems.Select(p => p.Message.TrimEnd('。'))) + "。", problems);
        }
    }
}
