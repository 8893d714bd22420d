namespace SanXiang.Domain.Disclosures.Masking;

/// <summary>
/// 第七条: the party's own name may be partly hidden (张某某). Kept: the surname, a compound one (欧阳, 司马…) whole;
/// each character of the given name becomes 某 — 张三 → 张某, 张三丰 → 张某某, 欧阳娜娜 → 欧阳某某 — the convention of the
/// published judgments (最高人民法院关于人民法院在互联网公布裁判文书的规定 第十一条: 保留姓氏，名字以“某”替代), so the
/// public reads these the way it reads a court's. A name written with a middle dot (阿依古丽·买买提) keeps its first character.
/// In the text the party's full name becomes the masked one wherever it appears. Organisations are named in full.
/// </summary>
public sealed class PartyNameMask : IMaskingRule
{
    // The compound surnames of 百家姓 still in use; a two-character surname not here is taken as a one-character one.
    private static readonly HashSet<string> CompoundSurnames = new(StringComparer.Ordinal)
    {
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "司空", "夏侯",
        "令狐", "端木", "独孤", "南宫", "西门", "百里", "呼延", "轩辕", "万俟", "闻人", "澹台", "公冶", "太史", "申屠",
        "钟离", "濮阳", "淳于", "单于", "赫连", "拓跋", "第五", "梁丘", "左丘", "东郭", "仲孙", "宗政", "羊舌", "微生",
    };

    public bool AppliesTo(MaskingContext context) => context?.IsCitizen == true;

    public string Apply(string text, MaskingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = context.Party.Name;
        return name.Length < 2 ? text ?? "" : (text ?? "").Replace(name, Mask(name), StringComparison.Ordinal);
    }

    public static string Mask(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var runes = name.Trim().EnumerateRunes().Select(r => r.ToString()).ToList();
        if (runes.Count < 2)
        {
            return name;
        }

        if (runes.Contains("·") || runes.Contains("•"))
        {
            return runes[0] + "某某";
        }

        var keep = runes.Count > 2 && CompoundSurnames.Contains(runes[0] + runes[1]) ? 2 : 1;
        return string.Concat(runes.Take(keep)) + new string('某', runes.Count - keep);
    }
}
