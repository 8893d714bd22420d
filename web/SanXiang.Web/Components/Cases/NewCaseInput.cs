using System.Globalization;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Errors;
using SanXiang.Plugins;

namespace SanXiang.Web.Components.Cases;

/// <summary>
/// The 新建案件 form's values. Only turning typed text into a command is done here (a fine that is not a
/// number); whether the case may be filed is the engine's to say, field by field.
/// </summary>
public sealed class NewCaseInput
{
    public string? Title { get; set; }

    public EnforcementCategory? Category { get; set; }

    public string? PartyName { get; set; }

    public PartyKind PartyKind { get; set; } = PartyKind.Organisation;

    /// <summary>身份证件号码 for a citizen, 统一社会信用代码 for an organisation.</summary>
    public string? PartyCode { get; set; }

    public IReadOnlyList<string> OfficerIds { get; set; } = [];

    public bool Simplified { get; set; }

    /// <summary>拟罚款金额 in yuan, as typed.</summary>
    public string? ProposedFine { get; set; }

    /// <summary>What keeps the typed text from becoming a command, by the command's field names; empty when it can be sent.</summary>
    public IReadOnlyList<FieldProblem> InputProblems()
    {
        var problems = new List<FieldProblem>();
        if (Category is null)
        {
            problems.Add(new FieldProblem("category", "请选择执法类别。"));
        }

        if (!string.IsNullOrWhiteSpace(ProposedFine) && Fine() is null)
        {
            problems.Add(new FieldProblem("proposedFine", "拟罚款金额应为数字，如 200 或 150.50。"));
        }

        return problems;
    }

    public NewCase ToNewCase() => new(
        Title ?? string.Empty,
        Category ?? throw new InvalidOperationException("No category chosen."),
        new CaseParty(PartyName ?? string.Empty, PartyKind, PartyCode),
        Simplified,
        Fine(),
        OfficerIds);

    private decimal? Fine() =>
        decimal.TryParse(ProposedFine?.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var fine) ? fine : null;
}
