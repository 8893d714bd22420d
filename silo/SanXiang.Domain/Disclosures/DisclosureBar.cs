namespace SanXiang.Domain.Disclosures;

/// <summary>
/// Why a decision is not published at all (DOMAIN.md §9). <see cref="Minor"/> and <see cref="WarningOnly"/> the engine
/// finds from the case itself when the decision is made (<see cref="DisclosureRules.BarOf"/>); the others the agency
/// records with its reason (<c>disclosure.withheld</c>), because only the agency can know that a case touches them.
/// </summary>
public enum DisclosureBar
{
    /// <summary>当事人为未成年人 (浙江省行政处罚决定信息公开暂行规定 第七条).</summary>
    Minor,

    /// <summary>仅作出警告的市场监管行政处罚 (市场监管总局令第45号), where the sector says so.</summary>
    WarningOnly,

    /// <summary>涉及国家秘密.</summary>
    StateSecret,

    /// <summary>涉及商业秘密，法律、法规禁止公开.</summary>
    TradeSecret,

    /// <summary>涉及个人隐私，法律、法规禁止公开.</summary>
    PersonalPrivacy,
}
