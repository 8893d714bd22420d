using SanXiang.Domain.Errors;
using SanXiang.Domain.Text;
using SanXiang.Plugins;

namespace SanXiang.Domain.Officers;

/// <summary>What an officer entry must have before it is listed (执法人员清单: 姓名、单位、证件编号、执法类别), in Chinese.</summary>
public static class OfficerValidation
{
    public static IReadOnlyList<string> Problems(
        string? name,
        string? unit,
        string? certificateNumber,
        IReadOnlyCollection<EnforcementCategory> categories,
        DateOnly validFrom,
        DateOnly validTo,
        string? position = null,
        string? area = null) =>
        [.. FieldProblems(name, unit, certificateNumber, categories, validFrom, validTo, position, area).Select(p => p.Message)];

    /// <summary>The same problems by field, as the API names them (name, unit, certificateNumber, position, area, categories, validTo), for a form to show beside its fields.</summary>
    public static IReadOnlyList<FieldProblem> FieldProblems(
        string? name,
        string? unit,
        string? certificateNumber,
        IReadOnlyCollection<EnforcementCategory> categories,
        DateOnly validFrom,
        DateOnly validTo,
        string? position = null,
        string? area = null)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var problems = new List<FieldProblem>();
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(new("name", "姓名为空"));
        }

        if (string.IsNullOrWhiteSpace(unit))
        {
            problems.Add(new("unit", "单位为空"));
        }

        if (string.IsNullOrWhiteSpace(certificateNumber))
        {
            problems.Add(new("certificateNumber", "证件编号为空"));
        }

        // The certificate number becomes the officer's key and the names go on public lists: their
        // length and characters are checked with every other text field's (TextFields).
        foreach (var (key, field, text) in new[]
        {
            ("name", TextFields.OfficerName, name),
            ("unit", TextFields.OfficerUnit, unit),
            ("certificateNumber", TextFields.CertificateNumber, certificateNumber),
            ("position", TextFields.OfficerPosition, position),
            ("area", TextFields.OfficerArea, area),
        })
        {
            if (TextInput.Check(field, text) is { IsAccepted: false, Reason: { } reason })
            {
                problems.Add(new(key, reason.TrimEnd('。')));
            }
        }

        if (categories.Count == 0)
        {
            problems.Add(new("categories", "执法类别为空"));
        }

        problems.AddRange(categories.Where(c => !Enum.IsDefined(c)).Select(c => new FieldProblem("categories", $"执法类别“{c}”不是已知类别")));
        if (validTo < validFrom)
        {
            problems.Add(new("validTo", "有效期止早于有效期起"));
        }

        return problems;
    }
}
