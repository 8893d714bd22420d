using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Tests.Cases.Engine;
using SanXiang.Plugins;
using SanXiang.Plugins.MarketRegulation;

namespace SanXiang.Domain.Tests.Cases.Review;

public sealed class MajorDecisionRuleShould
{
    private static readonly DateTimeOffset Filed = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void CountTheFineAndTheConfiscationTogetherAgainstTheCatalogAmount()
    {
        var history = CaseHistory.Penalty(Filed).CompleteThrough("notification");
        history.State.Apply(history.Procedure.Propose(history.State, history.ProposalOf(30_000m, PenaltyKind.ConfiscateIllegalGains) with { Confiscation = 20_000m }));

        var major = history.Procedure.Evaluate(history.State);

        var rule = Assert.Single(major.MatchedRules);
        Assert.True(major.Major);
        Assert.Equal("sector", rule.Source);
        Assert.StartsWith("rc-", rule.Id, StringComparison.Ordinal);
        Assert.Contains("50,000", rule.Description, StringComparison.Ordinal);
        Assert.Equal($"{new MarketRegulationPlugin().Sector.Id}@{new MarketRegulationPlugin().Sector.Version}", major.CatalogVersion);
    }

    [Fact]
    public void NameTheKindOfPenaltyThatMakesADecisionMajor()
    {
        var history = CaseHistory.Penalty(Filed).CompleteThrough("notification").Propose(1_000m, PenaltyKind.SuspendBusiness);

        var rule = Assert.Single(history.Procedure.Evaluate(history.State).MatchedRules);

        Assert.Contains("拟作出责令停产停业", rule.Description, StringComparison.Ordinal);
        Assert.Contains("第六十三条", rule.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void TakeTheHandlersComplexityFlagAndTheHearingHeld()
    {
        var history = CaseHistory.Penalty(Filed).CompleteThrough("notification").Record("hearing", AvKind.Video).Complete("hearing");
        history.State.Apply(history.Procedure.Propose(history.State, history.ProposalOf(1_000m) with { Complex = true }));

        var rules = history.Procedure.Evaluate(history.State).MatchedRules;

        Assert.Contains(rules, r => r.Source == "law" && r.Basis.Contains("第五十八条", StringComparison.Ordinal));
        Assert.Contains(rules, r => r.Description.Contains("已举行听证", StringComparison.Ordinal));
        Assert.Contains(rules, r => r.Description.Contains("疑难复杂", StringComparison.Ordinal));
    }

    [Fact]
    public void CountEveryDecisionAsMajorWhileTheSectorsCatalogCannotBeRead()
    {
        var history = CaseHistory.Penalty(Filed).Propose(100m);

        var major = MajorDecisionRule.Evaluate(history.State, history.Procedure.Steps, EnforcementCategory.Penalty, ReviewCatalog.Unavailable("market-regulation"));

        Assert.True(major.Major);
        Assert.Equal("catalog-missing", Assert.Single(major.MatchedRules).Id);
    }

    [Fact]
    public void TreatTheFineProposedAtFilingAsTheProposalUntilOneIsRecorded()
    {
        var history = CaseHistory.Penalty(Filed);

        Assert.False(history.Procedure.Evaluate(history.State).Major);
        Assert.Empty(MajorDecisionRule.Evaluate(history.State, history.Procedure.Steps, EnforcementCategory.Penalty, ReviewCatalog.Empty).MatchedRules);
    }
}
