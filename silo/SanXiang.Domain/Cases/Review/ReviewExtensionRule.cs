using SanXiang.Domain.Calendar;
using SanXiang.Domain.Cases.Engine;
using SanXiang.Domain.Cases.Events;
using SanXiang.Domain.Errors;

namespace SanXiang.Domain.Cases.Review;

/// <summary>
/// DOMAIN.md §6: a review's time limit (<see cref="ReviewTimeLimit"/>) is "extendable once with the head's approval"
/// (e.g. 5 working days of a complete submission, extendable once). Once means once per review: a review the handler
/// resumed after supplements keeps its extension, a new review after 存在问题 or a changed proposal starts without.
/// At most the limit itself again, and only while the clock runs; that the approver is the agency head is the caller's
/// check (the sign-in's roles), the chain records who approved.
/// </summary>
public static class ReviewExtensionRule
{
    public static ReviewTimeLimitExtended Extend(CaseState state, ExtendReviewTimeLimitCommand command, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(calendar);
        var submission = ReviewSubmissionRule.WithReviewer(state, "延长审核期限");
        if (submission.Extension is { } used)
        {
            throw new SanXiangException(ErrorCodes.ReviewExtensionUsed, $"本次法制审核的期限已于{CaseDates.ChinaDate(used.At):yyyy年M月d日}经负责人批准延长{used.Days}个工作日，只能延长一次。");
        }

        var problems = new List<FieldProblem>();
        if (command.Days is < 1 or > ReviewTimeLimit.DefaultWorkingDays)
        {
            problems.Add(new FieldProblem("days", $"延长的期限应为1至{ReviewTimeLimit.DefaultWorkingDays}个工作日。"));
        }

        if (string.IsNullOrWhiteSpace(command.Reason))
        {
            problems.Add(new FieldProblem("reason", "请写明延长审核期限的理由。"));
        }

        SanXiangException.ThrowIfAny(problems);
        var daysLeft = submission.DaysLeft + command.Days;
        var (due, provisional, error) = ReviewTimeLimit.DueFrom(calendar, CaseDates.ChinaDate(submission.SubmittedAt), daysLeft);
        return new ReviewTimeLimitExtended(command.Days, command.Reason.Trim(), daysLeft, due, provisional, error) { Actor = command.Actor, At = command.At };
    }
}
