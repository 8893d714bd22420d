using SanXiang.Domain.Cases.Engine;
using SanXiang.Domain.Cases.Events;
using SanXiang.Domain.Errors;

namespace SanXiang.Domain.Cases.Review;

/// <summary>
/// When a case goes to the agency's leaders for collective discussion (集体讨论), and what the record of it must hold.
/// 行政处罚法 第五十七条: complex or serious cases are decided collectively by the agency's leaders; the plans (DOMAIN.md §3)
/// send a case there when the review said 存在问题 and the handling unit, having consulted the review unit, still
/// disagrees. The engine has no per-agency review stages yet, so that is the one way in: the latest opinion on the
/// current proposal is 存在问题, the submission is back with the handler, and the handler states why he disagrees.
/// A discussion binds to the proposal's hash as a review does: a changed proposal needs a review again.
/// </summary>
public static class CollectiveDiscussionRule
{
    /// <summary>The fewest people a discussion is collective with: the agency's leaders, in the plural.</summary>
    public const int MinimumAttendees = 2;

    public const string Article = "《中华人民共和国行政处罚法》第五十七条";

    /// <summary>The discussion's event; COLLECTIVE_DISCUSSION_NOT_ALLOWED when the case is not one to discuss, VALIDATION_FAILED naming each missing part, CONFLICT for another proposal.</summary>
    public static CollectiveDiscussionRecorded Record(CaseState state, RecordCollectiveDiscussionCommand command)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        if (NotAllowedBecause(state) is { } reason)
        {
            throw new SanXiangException(ErrorCodes.CollectiveDiscussionNotAllowed, $"{reason}，不能提交集体讨论（{Article}）。");
        }

        if (command.ProposalHash != state.ProposalHash)
        {
            throw new SanXiangException(ErrorCodes.Conflict, "拟作出的决定已变更，集体讨论须针对当前的拟作出决定。", [new FieldProblem("proposalHash", "拟作出的决定已变更，请按当前内容讨论。")]);
        }

        var attendees = (command.Attendees ?? []).Select(a => new DiscussionAttendee((a.Name ?? "").Trim(), (a.Role ?? "").Trim(), (a.Opinion ?? "").Trim())).ToList();
        var problems = new List<FieldProblem>();
        if (string.IsNullOrWhiteSpace(command.HandlerOpinion))
        {
            problems.Add(new FieldProblem("handlerOpinion", "请写明承办机构不同意审核意见的理由。"));
        }

        var today = CaseDates.ChinaDate(command.At);
        if (command.HeldOn > today)
        {
            problems.Add(new FieldProblem("heldOn", "讨论日期不能晚于今天。"));
        }
        else if (command.HeldOn < CaseDates.ChinaDate(state.CurrentReview!.At))
        {
            problems.Add(new FieldProblem("heldOn", $"讨论日期不能早于审核意见的日期（{CaseDates.ChinaDate(state.CurrentReview.At):yyyy年M月d日}）。"));
        }

        if (attendees.Count < MinimumAttendees)
        {
            problems.Add(new FieldProblem("attendees", $"集体讨论须由本机关负责人集体进行，请列明至少{MinimumAttendees}名参加人员。"));
        }

        for (var i = 0; i < attendees.Count; i++)
        {
            var label = attendees[i].Name.Length > 0 ? $"“{attendees[i].Name}”" : $"第{i + 1}名参加人员";
            if (attendees[i].Name.Length == 0)
            {
                problems.Add(new FieldProblem($"attendees[{i}].name", $"请填写第{i + 1}名参加人员的姓名。"));
            }

            if (attendees[i].Role.Length == 0)
            {
                problems.Add(new FieldProblem($"attendees[{i}].role", $"请填写{label}的职务。"));
            }

            if (attendees[i].Opinion.Length == 0)
            {
                problems.Add(new FieldProblem($"attendees[{i}].opinion", $"请记录{label}的意见。"));
            }
        }

        if (command.Decision is not { } decision || !Enum.IsDefined(decision))
        {
            problems.Add(new FieldProblem("decision", "请选择讨论决定：按拟作出的决定作出处罚决定，或退回承办机构修改。"));
        }

        if (string.IsNullOrWhiteSpace(command.Conclusion))
        {
            problems.Add(new FieldProblem("conclusion", "请写明集体讨论的决定。"));
        }

        SanXiangException.ThrowIfAny(problems);
        return new CollectiveDiscussionRecorded(state.ProposalHash!, command.HeldOn, command.HandlerOpinion.Trim(), attendees, command.Decision!.Value, command.Conclusion.Trim())
        {
            Actor = command.Actor,
            At = command.At,
        };
    }

    /// <summary>Why the case may not go to collective discussion now, or null when it may.</summary>
    public static string? NotAllowedBecause(CaseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state switch
        {
            { Proposal: null } => "本案尚未记录拟作出的处罚决定",
            { CurrentReview: null } => "当前拟作出的决定尚无法制审核意见",
            { CurrentReview.Outcome: ReviewOutcome.Agreed } => "法制审核意见为“同意”，审核与承办意见一致",
            { Submission: { Status: not ReviewStatus.Returned } } => "案件已重新提交法制审核，须待审核意见",
            _ => null,
        };
    }

    /// <summary>Whether a discussion of the current proposal, held after its latest opinion, decided that the decision may be made.</summary>
    public static bool DecidedToProceed(CaseState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.CurrentDiscussion is { Decision: DiscussionDecision.Proceed } discussion && discussion.ProposalHash == state.ProposalHash;
    }
}
