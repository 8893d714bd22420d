using System.Text.RegularExpressions;
using SanXiang.Domain.Agencies;
using SanXiang.Domain.Errors;

namespace SanXiang.Domain.Cases;

/// <summary>
/// A party's code as the record keeps it: an organisation's 统一社会信用代码 (GB 32100-2015; a wrong check character
/// is only a warning, as some early pilot codes have one), a citizen's 公民身份号码 (GB 11643-1999: 17 digits and a
/// check character, digit or X; it may be unknown at filing).
/// </summary>
public static partial class PartyCode
{
    /// <summary>The code as stored: trimmed, upper case, null when empty.</summary>
    public static string? Normalise(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();

    public static FieldProblem? Problem(CaseParty party)
    {
        ArgumentNullException.ThrowIfNull(party);
        var code = Normalise(party.IdCode);
        if (party.Kind == PartyKind.Organisation)
        {
            return code is null ? new FieldProblem("party.idCode", "请填写当事人的统一社会信用代码。")
                : UnifiedSocialCreditCode.Check(code) == CreditCodeCheck.Malformed ? new FieldProblem("party.idCode", $"统一社会信用代码“{code}”应为 18 位（数字和除 I、O、S、V、Z 以外的大写字母）。")
                : null;
        }

        return code is null || IdentityNumber().IsMatch(code) ? null : new FieldProblem("party.idCode", $"身份证件号码“{code}”应为 18 位，末位为数字或 X。");
    }

    /// <summary>A warning that does not stop filing: an organisation's code whose check character is wrong.</summary>
    public static string? Warning(CaseParty party)
    {
        ArgumentNullException.ThrowIfNull(party);
        var code = Normalise(party.IdCode);
        return party.Kind == PartyKind.Organisation && code is not null && UnifiedSocialCreditCode.Check(code) == CreditCodeCheck.ChecksumMismatch
            ? $"统一社会信用代码“{code}”的校验码不符（应为“{UnifiedSocialCreditCode.CheckCharacter(code[..17])}”），请核对；早期试点代码可能如此。"
            : null;
    }

    [GeneratedRegex(@"^\d{17}[\dX]$")]
    private static partial Regex IdentityNumber();
}
