using SanXiang.Domain.Errors;
using SanXiang.Domain.Text;
using SanXiang.Plugins;

namespace SanXiang.Domain.Cases.Review;

/// <summary>
/// What an agency publishes as the next version of its catalog: the rows it adds to what it inherits, the scope, and
/// the day it takes effect. <see cref="Checked"/> normalises it and names every fault at once.
/// </summary>
public sealed record ReviewCatalogDraft(DateOnly EffectiveFrom, ReviewScope Scope, IReadOnlyList<ReviewCatalogEntry> Entries)
{
    /// <summary>
    /// The draft as it may be published on <paramref name="today"/> (China time): each row of a defined category with
    /// its condition and basis, an amount above zero where it has one, no row twice; the effective day not in the
    /// past, because a case already evaluated must keep the catalog it was evaluated under.
    /// </summary>
    public ReviewCatalogDraft Checked(DateOnly today)
    {
        var problems = new List<FieldProblem>();
        if (!Enum.IsDefined(Scope))
        {
            problems.Add(new FieldProblem("scope", "审核范围无效。"));
        }

        if (EffectiveFrom < today)
        {
            problems.Add(new FieldProblem("effectiveFrom", $"施行日期不能早于今天（{today:yyyy-MM-dd}）：已作出的审核认定不能因新目录而改变。"));
        }

        var entries = Entries ?? [];
        if (entries.Count > TextFields.MaxListItems)
        {
            problems.Add(new FieldProblem("entries", $"目录清单最多 {TextFields.MaxListItems} 项，现有 {entries.Count} 项。"));
            SanXiangException.ThrowIfAny(problems);
        }

        var rows = new List<ReviewCatalogEntry>(entries.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            if (Row(entries[i], $"entries[{i}]", i + 1, problems) is not { } row)
            {
                continue;
            }

            if (ids.Add(MajorDecisionRule.IdOf(row)))
            {
                rows.Add(row);
            }
            else
            {
                problems.Add(new FieldProblem($"entries[{i}]", $"第 {i + 1} 项与前面的一项重复。"));
            }
        }

        SanXiangException.ThrowIfAny(problems);
        return this with { Entries = rows };
    }

    private static ReviewCatalogEntry? Row(ReviewCatalogEntry? entry, string field, int number, List<FieldProblem> problems)
    {
        if (entry is null)
        {
            problems.Add(new FieldProblem(field, $"第 {number} 项为空。"));
            return null;
        }

        var before = problems.Count;
        if (!Enum.IsDefined(entry.Category))
        {
            problems.Add(new FieldProblem($"{field}.category", $"第 {number} 项的执法类别无效。"));
        }

        var condition = Text(TextFields.CatalogCondition, entry.Condition, $"{field}.condition", number, problems);
        var basis = Text(TextFields.CatalogBasis, entry.Basis, $"{field}.basis", number, problems);
        if (entry.AmountAtLeast is { } amount && (amount <= 0 || amount > CommandCheck.MaximumAmount || decimal.Round(amount, 2) != amount))
        {
            problems.Add(new FieldProblem($"{field}.amountAtLeast", $"第 {number} 项的金额应大于 0 元、不超过 1000 亿元，最多精确到分。"));
        }

        return problems.Count == before ? entry with { Condition = condition!, Basis = basis! } : null;
    }

    private static string? Text(TextField textField, string? value, string field, int number, List<FieldProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new FieldProblem(field, $"请填写第 {number} 项的{textField.Label}。"));
            return null;
        }

        var check = TextInput.Check(textField, value);
        if (!check.IsAccepted)
        {
            problems.Add(new FieldProblem(field, $"第 {number} 项：{check.Reason}"));
            return null;
        }

        return check.Text;
    }
}
