using System.Globalization;
using System.Text;
using SanXiang.Domain.Cases.Law;
using SanXiang.Domain.Integrity;
using SanXiang.Plugins;

namespace SanXiang.Domain.Cases.Review;

/// <summary>
/// 行政处罚法 第五十八条 and the agency's 重大执法决定法制审核目录清单: whether a case's decision is major, so that it
/// needs a passed legal review. The law's own requirement (<see cref="LegalReviewRule"/>) holds whatever the catalog
/// says; a catalog row of the case's category matches on what the record states: a row with an amount on the
/// proposed fine and confiscation together, a row naming kinds of penalty (降低资质等级, 吊销许可证件, …) on the
/// proposal's kinds, a row on a hearing (听证) on the hearing step held, a row on 疑难复杂 on the handler's flag.
/// Rows that ask for a judgment the record does not hold (重大公共利益, 重大权益, a law requiring review) match
/// nothing here: the handler answers those by flagging the case complex or by a later review request.
/// </summary>
public static class MajorDecisionRule
{
    public static MajorDecision Evaluate(CaseState state, IReadOnlyList<ProcedureStep> steps, EnforcementCategory category, ReviewCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(catalog);
        var matched = new List<MatchedReviewRule>();
        if (LegalReviewRule.Requirement(state, steps) is { } reason)
        {
            matched.Add(new MatchedReviewRule("law-58", reason, LegalReviewRule.Article, "law", "行政处罚法"));
        }

        if (catalog.Missing is { } sector)
        {
            matched.Add(new MatchedReviewRule("catalog-missing", $"行业插件“{sector}”未加载，无法按目录清单判断，按重大执法决定办理", LegalReviewRule.Article, "law", "行政处罚法"));
        }

        if (ScopeRule(catalog, state, category) is { } scoped)
        {
            matched.Add(scoped);
        }

        var proposal = Proposal(state);
        foreach (var rule in catalog.Rules.Where(r => r.Entry.Category == category))
        {
            if (Match(rule.Entry, state, steps, proposal) is { } met)
            {
                matched.Add(new MatchedReviewRule(rule.Id, $"{rule.Entry.Condition}（{met}）", rule.Entry.Basis, rule.Source.Code, rule.Source.Label));
            }
        }

        return new MajorDecision(matched.Count > 0, matched, catalog.Version);
    }

    /// <summary>
    /// The stable id of a catalog row: its category, condition and amount, so that a row restated lower down is the
    /// same row and a lower amount under the same words (a county widening a provincial row) is another.
    /// </summary>
    public static string IdOf(ReviewCatalogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        // 100000 and 100000.00 are one amount: the id must not depend on how many decimals were typed.
        var amount = entry.AmountAtLeast?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";
        return "rc-" + Convert.ToHexStringLower(Sm3.Hash(Encoding.UTF8.GetBytes($"{entry.Category}|{entry.Condition}|{amount}")))[..16];
    }

    // Xuchang's options (DOMAIN.md §3): every general-procedure penalty, or every decision, is reviewed.
    private static MatchedReviewRule? ScopeRule(ReviewCatalog catalog, CaseState state, EnforcementCategory category)
    {
        var source = catalog.ScopeSource;
        return catalog.Scope switch
        {
            ReviewScope.AllDecisions => new MatchedReviewRule("scope-all", "目录清单规定：所有行政执法决定均须法制审核", source?.Label ?? "", source?.Code ?? "own", source?.Label),
            ReviewScope.GeneralProcedurePenalties when category == EnforcementCategory.Penalty && !state.Simplified =>
                new MatchedReviewRule("scope-general-procedure", "目录清单规定：适用一般程序的行政处罚决定均须法制审核", source?.Label ?? "", source?.Code ?? "own", source?.Label),
            _ => null,
        };
    }

    // Before any proposal the opening's proposed fine stands for it, so a large fine is major from the start.
    private static DecisionProposal Proposal(CaseState state) =>
        state.Proposal ?? new DecisionProposal(state.ProposedFine is > 0 ? [PenaltyKind.Fine] : [], state.ProposedFine ?? 0, 0, "", "", false);

    private static string? Match(ReviewCatalogEntry entry, CaseState state, IReadOnlyList<ProcedureStep> steps, DecisionProposal proposal)
    {
        if (entry.AmountAtLeast is { } threshold)
        {
            return proposal.Amount >= threshold
                ? $"拟罚没合计{Yuan(proposal.Amount)}元，达到{Yuan(threshold)}元"
                : null;
        }

        if (entry.Condition.Contains("听证", StringComparison.Ordinal))
        {
            var hearing = steps.FirstOrDefault(s => s.Kind == CaseStepKind.Hearing);
            return hearing is not null && state.Steps.GetValueOrDefault(hearing.Id)?.State == StepState.Completed ? "本案已举行听证" : null;
        }

        if (entry.Condition.Contains("疑难复杂", StringComparison.Ordinal))
        {
            return proposal.Complex ? "承办人认定本案疑难复杂" : null;
        }

        var kinds = PenaltyKinds.NamedIn(entry.Condition).Intersect(proposal.Kinds).ToList();
        return kinds.Count > 0 ? $"拟作出{string.Join("、", kinds.Select(PenaltyKinds.Name))}" : null;
    }

    private static string Yuan(decimal amount) => amount.ToString("#,0.##", CultureInfo.InvariantCulture);
}
