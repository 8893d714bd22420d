using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Review;
using SanXiang.Plugins;

namespace SanXiang.Domain.Disclosures;

/// <summary>
/// How long a published decision stays on the portal (市场监管总局令第45号 第十三条, DOMAIN.md §9), counted from the day it
/// is published: 3 months for 通报批评 or a small fine (<see cref="DisclosureSettings.SmallFineCitizen"/>); 3 years for
/// the rest; a restriction of business or practice longer than 3 years for its length. 警告 goes with 通报批评: 行政处罚法
/// 第九条第一项 puts them in one kind, the lightest, so a warning (where the sector publishes one) is not shown longer
/// than a reprimand. Other decisions than penalties stay 3 years, the penalty's general period. When it ends, the portal
/// stops showing the decision (a filter on the day, never a deletion: the record stays in the chain).
/// </summary>
public static class DisplayPeriod
{
    private static readonly PenaltyKind[] Lightest = [PenaltyKind.Warning, PenaltyKind.Reprimand, PenaltyKind.Fine];

    public static bool IsShort(DisclosureDraft draft, IReadOnlyList<PenaltyKind> kinds, decimal fine, DisclosureSettings settings)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(settings);
        if (draft.Category != EnforcementCategory.Penalty || kinds.Count == 0 || !kinds.All(Lightest.Contains))
        {
            return false;
        }

        var small = draft.Party.Kind == PartyKind.Citizen ? settings.SmallFineCitizen : settings.SmallFineOrganisation;
        return !kinds.Contains(PenaltyKind.Fine) || fine <= small;
    }

    /// <summary>The last day the decision is shown; <paramref name="restrictionEnds"/> is the day a ban in the decision ends, when it has one.</summary>
    public static DateOnly EndOn(DateOnly publishedOn, bool isShort, DateOnly? restrictionEnds)
    {
        if (isShort)
        {
            return publishedOn.AddMonths(3);
        }

        var threeYears = publishedOn.AddYears(3);
        return restrictionEnds is { } ends && ends > threeYears ? ends : threeYears;
    }

    public static bool IsShownOn(DateOnly displayUntil, DateOnly today) => today <= displayUntil;
}
