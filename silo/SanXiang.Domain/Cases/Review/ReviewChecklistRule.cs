using SanXiang.Domain.Errors;

namespace SanXiang.Domain.Cases.Review;

/// <summary>
/// The seven-point checklist of a legal review (DOMAIN.md §3): an opinion examines every point — a finding and a note on
/// each — and its outcome follows them: 同意 only when every point is 符合, 存在问题 only with a point that has a problem.
/// An opinion that skips a point is not a review of that point, so it is refused whole (REVIEW_CHECKLIST_INCOMPLETE).
/// </summary>
public static class ReviewChecklistRule
{
    /// <summary>What is wrong with the checklist, each problem naming its field (<see cref="ReviewPoints.Field"/>, or <c>outcome</c>); empty when it stands.</summary>
    public static IReadOnlyList<FieldProblem> Problems(IReadOnlyList<ReviewCheck>? checklist, ReviewOutcome? outcome)
    {
        var given = checklist ?? [];
        var problems = new List<FieldProblem>();
        foreach (var duplicate in given.GroupBy(c => c.Point).Where(g => g.Count() > 1))
        {
            problems.Add(new FieldProblem(ReviewPoints.Field(duplicate.Key, "finding"), $"审核要点“{ReviewPoints.Name(duplicate.Key)}”填写了不止一次。"));
        }

        foreach (var point in ReviewPoints.All)
        {
            var check = given.FirstOrDefault(c => c.Point == point);
            var number = ReviewPoints.Number(point);
            if (check?.Finding is not { } finding || !Enum.IsDefined(finding))
            {
                problems.Add(new FieldProblem(ReviewPoints.Field(point, "finding"), $"请选择第{number}项“{ReviewPoints.Name(point)}”的审核结论。"));
            }

            if (string.IsNullOrWhiteSpace(check?.Note))
            {
                problems.Add(new FieldProblem(ReviewPoints.Field(point, "note"), $"请填写第{number}项“{ReviewPoints.Name(point)}”的审核说明。"));
            }
        }

        if (problems.Count == 0 && outcome is { } chosen)
        {
            var faulty = given.Where(c => c.Finding == ReviewFinding.Problem).Select(c => ReviewPoints.Number(c.Point)).Order().ToList();
            if (chosen == ReviewOutcome.Agreed && faulty.Count > 0)
            {
                problems.Add(new FieldProblem("outcome", $"第{string.Join("、", faulty)}项审核要点存在问题，审核意见不能为“同意”。"));
            }
            else if (chosen == ReviewOutcome.HasProblems && faulty.Count == 0)
            {
                problems.Add(new FieldProblem("outcome", "七项审核要点均为“符合”；审核意见为“存在问题”的，须指明存在问题的要点。"));
            }
        }

        return problems;
    }

    /// <summary>The seven checks in the plans' order, notes trimmed; call once <see cref="Problems"/> found none.</summary>
    public static IReadOnlyList<ReviewCheck> Ordered(IReadOnlyList<ReviewCheck> checklist) =>
        [.. ReviewPoints.All.Select(p => checklist.First(c => c.Point == p)).Select(c => c with { Note = c.Note.Trim() })];
}
