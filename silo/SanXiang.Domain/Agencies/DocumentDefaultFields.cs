using SanXiang.Domain.Errors;
using SanXiang.Domain.Text;

namespace SanXiang.Domain.Agencies;

/// <summary>
/// What an agency writes the same way in every decision (行政处罚法 第五十九条: where and how the fine is paid, and the
/// remedies — the reconsideration body and the court): set once on the agency's settings page and filled into the
/// template fields of these names when a document leaves them empty, as the case's own facts are (CaseFacts).
/// </summary>
public static class DocumentDefaultFields
{
    public const string PaymentBank = "payment_bank";
    public const string PaymentAccount = "payment_account";
    public const string ReconsiderationBody = "reconsideration_body";
    public const string Court = "court";

    /// <summary>The fields, with their labels as the settings page shows them.</summary>
    public static IReadOnlyList<(string Field, string Label)> All { get; } =
    [
        (PaymentBank, "缴款银行"),
        (PaymentAccount, "缴款账号"),
        (ReconsiderationBody, "行政复议机关"),
        (Court, "管辖人民法院"),
    ];

    /// <summary>The values as kept (trimmed; empty ones left out), or every field's problem at once (VALIDATION_FAILED).</summary>
    public static IReadOnlyDictionary<string, string> Check(IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<FieldProblem>();
        foreach (var (field, label) in All)
        {
            var check = TextInput.Check(TextFields.DocumentDefault, values.GetValueOrDefault(field));
            if (!check.IsAccepted)
            {
                problems.Add(new FieldProblem(field, $"{label}：{check.Reason}"));
            }
            else if (!string.IsNullOrWhiteSpace(check.Text))
            {
                kept[field] = check.Text;
            }
        }

        problems.AddRange(values.Keys.Where(k => All.All(f => f.Field != k)).Select(k => new FieldProblem(k, $"“{k}”不是机关文书默认内容。")));
        SanXiangException.ThrowIfAny(problems);
        return kept;
    }
}
