using System.Text.RegularExpressions;

namespace SanXiang.Domain.Disclosures.Masking;

/// <summary>
/// 第七条: a natural person's home address is hidden — whatever follows 住址 / 住所 / 家住 / 现住 / 户籍地 up to the end
/// of the clause, and any address precise to a house (…路12号, …村3组, …501室) elsewhere in the text. A citizen's
/// business premises are hidden too: a text cannot tell a shop from a home, and hiding too much costs the public little.
/// </summary>
public sealed partial class HomeAddressMask : IMaskingRule
{
    private const string Replacement = "（住址已隐去）";

    public bool AppliesTo(MaskingContext context) => context?.IsCitizen == true;

    public string Apply(string text, MaskingContext context)
    {
        var masked = Labelled().Replace(text ?? "", m => m.Groups["label"].Value + Replacement);
        return Precise().Replace(masked, Replacement);
    }

    [GeneratedRegex(@"(?<label>(?:家庭住址|住址|住所地|住所|家住|现住|居住地|户籍地址|户籍地)(?:[:：为在于])?)(?<address>[^，。；;,、\n（(]+)")]
    private static partial Regex Labelled();

    [GeneratedRegex(@"(?:\p{IsCJKUnifiedIdeographs}{1,4}?(?:省|自治区|市|州|区|县|镇|乡|街道))*[\p{IsCJKUnifiedIdeographs}0-9]{1,6}?(?:路|街|巷|弄|道|村|小区|社区|组)[0-9\-一二三四五六七八九十]+(?:号|组|栋|幢|弄)(?:[0-9\-]+(?:号|栋|幢|单元|楼|层|室))*")]
    private static partial Regex Precise();
}
