using System.Globalization;
using System.Text.RegularExpressions;
using SanXiang.Domain.Agencies;
using SanXiang.Plugins;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;

namespace SanXiang.Web.Components.Cases;

/// <summary>The 新建案件 form's values, checked before they go to the service; the service checks them again with the law's rules.</summary>
public sealed partial class NewCaseInput
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

    /// <summary>Every problem, in Chinese, in the form's order; empty when the case may be filed.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Title))
        {
            problems.Add("请填写案由。");
        }

        if (Category is null)
        {
            problems.Add("请选择执法类别。");
        }

        if (string.IsNullOrWhiteSpace(PartyName))
        {
            problems.Add("请填写当事人名称或姓名。");
        }

        if (CodeProblem() is { } code)
        {
            problems.Add(code);
        }

        if (OfficerIds.Count == 0)
        {
            problems.Add("请选择办案的执法人员。");
        }

        if (Simplified && Fine() is null)
        {
            problems.Add("适用简易程序须填写拟罚款金额（警告填 0），金额为不小于 0 的数字，如 200 或 150.50。");
        }
        else if (!Simplified && !string.IsNullOrWhiteSpace(ProposedFine) && Fine() is null)
        {
            problems.Add("拟罚款金额应为不小于 0 的数字，如 200 或 150.50。");
        }

        return problems;
    }

    public NewCase ToNewCase() => new(
        Title!.Trim(),
        Category!.Value,
        new CaseParty(PartyName!.Trim(), PartyKind, string.IsNullOrWhiteSpace(PartyCode) ? null : PartyCode.Trim().ToUpperInvariant()),
        Simplified,
        Fine(),
        OfficerIds);

    private decimal? Fine() =>
        decimal.TryParse(ProposedFine?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var fine) ? fine : null;

    private string? CodeProblem()
    {
        var code = PartyCode?.Trim().ToUpperInvariant();
        if (PartyKind == PartyKind.Organisation)
        {
            // GB 32100-2015; a wrong check character is left to the service, as some early pilot codes have one.
            return string.IsNullOrEmpty(code) ? "请填写当事人的统一社会信用代码。"
                : UnifiedSocialCreditCode.Check(code) == CreditCodeCheck.Malformed ? "统一社会信用代码应为 18 位（数字和除 I、O、S、V、Z 以外的大写字母）。"
                : null;
        }

        // GB 11643-1999: 17 digits and a check character (digit or X). A citizen's number may be unknown at filing.
        return string.IsNullOrEmpty(code) || IdentityNumber().IsMatch(code) ? null : "身份证件号码应为 18 位，末位为数字或 X。";
    }

    [GeneratedRegex(@"^\d{17}[\dX]$")]
    private static partial Regex IdentityNumber();
}
