using SanXiang.Domain.Errors;
using SanXiang.Plugins;

namespace SanXiang.Domain.Supervision;

/// <summary>
/// Scores a case file against its sector's standard (案卷评查, DOMAIN.md §10): veto items first — any one fails the file
/// outright, and then the points need not be given — otherwise every scoring item gets between 0 and its maximum.
/// </summary>
public static class CaseFileScoring
{
    public static (IReadOnlyList<EvaluationVetoItem> Vetoes, IReadOnlyList<ScoredItem> Scores) Score(
        EvaluationStandard standard,
        IReadOnlyList<string> failedVetoIds,
        IReadOnlyList<ItemScore> scores)
    {
        ArgumentNullException.ThrowIfNull(standard);
        ArgumentNullException.ThrowIfNull(failedVetoIds);
        ArgumentNullException.ThrowIfNull(scores);
        var problems = new List<FieldProblem>();
        var vetoes = new List<EvaluationVetoItem>();
        foreach (var id in failedVetoIds.Distinct(StringComparer.Ordinal))
        {
            if (standard.VetoItems.FirstOrDefault(v => v.Id == id) is { } veto)
            {
                vetoes.Add(veto);
            }
            else
            {
                problems.Add(new FieldProblem("vetoes", $"评查标准中没有否决项“{id}”。"));
            }
        }

        var scored = new List<ScoredItem>();
        foreach (var group in scores.GroupBy(s => s.ItemId, StringComparer.Ordinal))
        {
            var item = standard.Items.FirstOrDefault(i => i.Id == group.Key);
            if (item is null)
            {
                problems.Add(new FieldProblem("scores", $"评查标准中没有评分项“{group.Key}”。"));
            }
            else if (group.Count() > 1)
            {
                problems.Add(new FieldProblem("scores", $"“{item.Text}”评了不止一次。"));
            }
            else if (group.Single().Points is var points && (points < 0 || points > item.Points))
            {
                problems.Add(new FieldProblem("scores", $"“{item.Text}”的得分应在 0 至 {item.Points} 分之间。"));
            }
            else
            {
                scored.Add(new ScoredItem(item.Id, item.Part, item.Text, group.Single().Points, item.Points));
            }
        }

        // A vetoed file fails however it scores, so its points are optional; an unvetoed one is judged on every item.
        if (vetoes.Count == 0)
        {
            problems.AddRange(standard.Items.Where(i => scores.All(s => s.ItemId != i.Id)).Select(i => new FieldProblem("scores", $"“{i.Text}”尚未评分。")));
        }

        if (problems.Count > 0)
        {
            throw new SanXiangException(ErrorCodes.EvaluationInvalid, "评查结果不完整或有误：" + problems[0].Message, problems);
        }

        return (vetoes, [.. standard.Items.Select(i => scored.FirstOrDefault(s => s.ItemId == i.Id)).OfType<ScoredItem>()]);
    }
}
