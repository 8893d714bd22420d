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
        string? area = null)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add("姓名为空");
        }

        if (string.IsNullOrWhiteSpace(unit))
        {
            problems.Add("单位为空");
        }

        if (string.IsNullOrWhiteSpace(certificateNumber))
        {
            problems.Add("证件编号为空");
        }

        // The certificate number becomes the officer's key and the names go on public lists: their
        // length and characters are checked with every other text field's (TextFields).
        foreach (var (field, text) in new[]
        {
            (TextFields.OfficerName, name),
            (TextFields.OfficerUnit, unit),
            (TextFields.CertificateNumber, certificateNumber),
            (TextFields.OfficerPosition, position),
            (TextFields.OfficerArea, area),
        })
        {
            if (TextInput.Check(field, text) is { IsAccepted: false, Reason: { } reason })
            {
                problems.Add(reason.TrimEnd('。'));
            }
        }

        if (categories.Count == 0)
        {
            problems.Add("执法类别为空");
        }

        problems.AddRange(categories.Where(c => !Enum.IsDefined(c)).Select(c => $"执法类别“{c}”不是已知类别"));
        if (validTo < validFrom)
        {
            problems.Add("有效期止早于有效期起");
        }

        return problems;
    }
}
