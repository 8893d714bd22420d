using System.Text.RegularExpressions;

namespace SanXiang.Domain.Disclosures.Masking;

/// <summary>
/// 第七条: a natural person's contact details are hidden — mobile numbers (11 digits from 13 to 19, with or without +86),
/// fixed lines with their area code (0xx-xxxxxxx), and any number written after 电话 / 手机 / 联系方式.
/// </summary>
public sealed partial class PhoneNumberMask : IMaskingRule
{
    public bool AppliesTo(MaskingContext context) => context?.IsCitizen == true;

    public string Apply(string text, MaskingContext context)
    {
        var masked = Labelled().Replace(text ?? "", m => m.Groups["label"].Value + Hidden.Stars(m.Groups["number"].Value));
        masked = Mobile().Replace(masked, m => Hidden.Stars(m.Value));
        return Landline().Replace(masked, m => Hidden.Stars(m.Value));
    }

    [GeneratedRegex(@"(?<label>(?:联系电话|电话号码|电话|手机号码|手机|联系方式)[:：]?\s*)(?<number>\+?[\d][\d\- ]{5,}\d)")]
    private static partial Regex Labelled();

    [GeneratedRegex(@"(?<!\d)(?:\+?86[\- ]?)?1[3-9]\d{9}(?!\d)")]
    private static partial Regex Mobile();

    [GeneratedRegex(@"(?<!\d)0\d{2,3}-\d{7,8}(?!\d)")]
    private static partial Regex Landline();
}
