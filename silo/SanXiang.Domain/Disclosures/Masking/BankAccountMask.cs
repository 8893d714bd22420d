using System.Text.RegularExpressions;

namespace SanXiang.Domain.Disclosures.Masking;

/// <summary>
/// 第七条: bank accounts are hidden, a natural person's and an organisation's alike — any run of 12 to 19 digits (written
/// whole or in groups of four), and whatever number follows 账号 / 帐号 / 卡号 / 银行账户.
/// </summary>
public sealed partial class BankAccountMask : IMaskingRule
{
    public bool AppliesTo(MaskingContext context) => true;

    public string Apply(string text, MaskingContext context)
    {
        var masked = Labelled().Replace(text ?? "", m => m.Groups["label"].Value + Hidden.Stars(m.Groups["number"].Value));
        return Digits().Replace(masked, m => Hidden.Stars(m.Value));
    }

    [GeneratedRegex(@"(?<label>(?:银行账户|银行账号|账户|账号|帐号|卡号)[:：]?\s*)(?<number>\d[\d\- ]{3,}\d)")]
    private static partial Regex Labelled();

    [GeneratedRegex(@"(?<![0-9A-Za-z])(?:\d{12,19}|\d{4}(?:[ \-]\d{4}){2,3}(?:[ \-]\d{1,3})?)(?![0-9A-Za-z])")]
    private static partial Regex Digits();
}
