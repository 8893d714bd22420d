namespace SanXiang.Domain.Disclosures;

/// <summary>
/// The local rules of publishing decisions (DOMAIN.md §9: they vary by province and sector, so each is a setting with
/// the default below, citing its source). <see cref="Default"/> is what every agency has today; an agency setting would
/// replace it whole, and the engine takes it as an argument so nothing else changes when one exists.
/// </summary>
/// <param name="MaskCitizens">浙江省行政处罚决定信息公开暂行规定 第七条: a natural person's ID number, contact details, home address, bank account and other people's names are hidden.</param>
/// <param name="MaskPartyName">第七条: the party's own name may be partly hidden (张某); on by default.</param>
/// <param name="SmallFineCitizen">市场监管总局令第45号 第十三条's 较低数额罚款, set by each province; the default is 行政处罚法 第五十一条's on-the-spot limit for a citizen (200 yuan).</param>
/// <param name="SmallFineOrganisation">The same for an organisation: 3 000 yuan (第五十一条).</param>
public sealed record DisclosureSettings(
    bool MaskCitizens,
    bool MaskPartyName,
    decimal SmallFineCitizen,
    decimal SmallFineOrganisation)
{
    public static DisclosureSettings Default { get; } = new(true, true, 200m, 3000m);
}
