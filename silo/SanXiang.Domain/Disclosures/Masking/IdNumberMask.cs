using System.Text.RegularExpressions;

namespace SanXiang.Domain.Disclosures.Masking;

/// <summary>
/// 浙江省行政处罚决定信息公开暂行规定 第七条: a natural person's 公民身份号码 is hidden — the 18-character number of
/// GB 11643-1999 (17 digits and a digit or X) and the 15-digit first-generation number.
/// </summary>
public sealed partial class IdNumberMask : IMaskingRule
{
    public bool AppliesTo(MaskingContext context) => context?.IsCitizen == true;

    public string Apply(string text, MaskingContext context) => IdNumber().Replace(text ?? "", m => Hidden.Stars(m.Value));

    [GeneratedRegex(@"(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])")]
    private static partial Regex IdNumber();
}
