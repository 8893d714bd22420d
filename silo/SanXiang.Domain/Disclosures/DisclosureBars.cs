namespace SanXiang.Domain.Disclosures;

/// <summary>The bars' names as the console and the API messages say them.</summary>
public static class DisclosureBars
{
    public static string Name(DisclosureBar bar) => bar switch
    {
        DisclosureBar.Minor => "当事人为未成年人",
        DisclosureBar.WarningOnly => "仅作出警告的市场监管行政处罚不予公示",
        DisclosureBar.StateSecret => "涉及国家秘密",
        DisclosureBar.TradeSecret => "涉及商业秘密",
        DisclosureBar.PersonalPrivacy => "涉及个人隐私",
        _ => bar.ToString(),
    };
}
