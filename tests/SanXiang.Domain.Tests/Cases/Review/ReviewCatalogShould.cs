using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Tests.Cases.Engine;
using SanXiang.Plugins;

namespace SanXiang.Domain.Tests.Cases.Review;

public sealed class ReviewCatalogShould
{
    private static readonly DateTimeOffset Filed = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly ReviewCatalogEdition Province = Edition("henan-sft", "河南省司法厅", 3, ReviewScope.MajorDecisions,
        new ReviewCatalogEntry(EnforcementCategory.Penalty, "对公民、法人处以较大数额罚款的", 30_000m, "《河南省重大行政执法决定法制审核办法》第五条"));

    private static readonly ReviewCatalogEdition County = Edition("xintian-scjg", "新田县市场监督管理局", 2, ReviewScope.MajorDecisions,
        new ReviewCatalogEntry(EnforcementCategory.Penalty, "对公民、法人处以较大数额罚款的", 10_000m, "新田县市场监督管理局重大执法决定法制审核目录清单"));

    [Fact]
    public void MakeAFineMajorAtTheCountysLowerAmountAndSayTheRowIsItsOwn()
    {
        var catalog = ReviewCatalog.Compose(CaseHistory.Plugin, [Province, County], "xintian-scjg");

        var major = Evaluate(catalog, 15_000m);

        var rule = Assert.Single(major.MatchedRules);
        Assert.Equal("own", rule.Source);
        Assert.Equal("新田县市场监督管理局 第 2 版（2026-01-01 起施行）", rule.SourceName);
        Assert.EndsWith("+henan-sft@3+xintian-scjg@2", major.CatalogVersion, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepTheProvincesRowForAnAgencyWhoseOwnCatalogLeavesItOut()
    {
        var bare = County with { Entries = [] };
        var catalog = ReviewCatalog.Compose(CaseHistory.Plugin, [Province, bare], "xintian-scjg");

        var major = Evaluate(catalog, 35_000m);

        var rule = Assert.Single(major.MatchedRules);
        Assert.Equal("inherited", rule.Source);
        Assert.StartsWith("河南省司法厅 第 3 版", rule.SourceName, StringComparison.Ordinal);
        Assert.False(Evaluate(catalog, 25_000m).Major);
    }

    [Fact]
    public void ReviewEveryGeneralProcedurePenaltyWhereXuchangsCatalogSaysSo()
    {
        var xuchang = Edition("xuchang-sfj", "许昌市司法局", 1, ReviewScope.GeneralProcedurePenalties);
        var catalog = ReviewCatalog.Compose(CaseHistory.Plugin, [xuchang], "xuchang-sfj");

        var general = Evaluate(catalog, 100m);
        var simplified = CaseHistory.Penalty(Filed, simplified: true);

        Assert.Equal("scope-general-procedure", Assert.Single(general.MatchedRules).Id);
        Assert.False(MajorDecisionRule.Evaluate(simplified.State, simplified.Procedure.Steps, EnforcementCategory.Penalty, catalog).Major);
    }

    [Fact]
    public void KeepTheWidestScopeOfTheDepartmentsAbove()
    {
        var all = Edition("xuchang-sfj", "许昌市司法局", 1, ReviewScope.AllDecisions);
        var catalog = ReviewCatalog.Compose(CaseHistory.Plugin, [all, County], "xintian-scjg");

        Assert.Equal(ReviewScope.AllDecisions, catalog.Scope);
        Assert.Equal("inherited", Assert.Single(Evaluate(catalog, 100m).MatchedRules).Source);
    }

    [Fact]
    public void ApplyTheEditionInForceOnTheDayNotTheLatestPublished()
    {
        var first = County with { Version = 1, EffectiveFrom = new DateOnly(2026, 1, 1) };
        var second = County with { Version = 2, EffectiveFrom = new DateOnly(2026, 7, 1) };

        Assert.Equal(1, ReviewCatalogEdition.InForce([first, second], new DateOnly(2026, 6, 30))!.Version);
        Assert.Equal(2, ReviewCatalogEdition.InForce([first, second], new DateOnly(2026, 7, 1))!.Version);
        Assert.Null(ReviewCatalogEdition.InForce([second], new DateOnly(2026, 6, 30)));
    }

    [Fact]
    public void RefuseABackdatedEditionAndNameEveryFaultyRowAtOnce()
    {
        var draft = new ReviewCatalogDraft(new DateOnly(2026, 2, 1), ReviewScope.MajorDecisions,
        [
            new ReviewCatalogEntry(EnforcementCategory.Penalty, " ", 10_000m, "目录清单"),
            new ReviewCatalogEntry(EnforcementCategory.Penalty, "处以较大数额罚款的", -1m, "目录清单"),
        ]);

        var refused = Assert.Throws<SanXiangException>(() => draft.Checked(new DateOnly(2026, 3, 2)));

        Assert.Equal(ErrorCodes.ValidationFailed, refused.Code);
        Assert.Equal(["effectiveFrom", "entries[0].condition", "entries[1].amountAtLeast"], refused.Problems.Select(p => p.Field));
    }

    [Fact]
    public void RefuseARowStatedTwiceInOneEdition()
    {
        var row = new ReviewCatalogEntry(EnforcementCategory.Penalty, "处以较大数额罚款的", 10_000m, "目录清单");
        var draft = new ReviewCatalogDraft(new DateOnly(2026, 3, 2), ReviewScope.MajorDecisions, [row, row with { Condition = " 处以较大数额罚款的 " }]);

        var refused = Assert.Throws<SanXiangException>(() => draft.Checked(new DateOnly(2026, 3, 2)));

        Assert.Equal("entries[1]", Assert.Single(refused.Problems).Field);
    }

    [Fact]
    public void KeepOneRowForAnAmountRestatedWithDecimals()
    {
        var restated = County with { Entries = [County.Entries[0] with { AmountAtLeast = 10_000.00m }] };

        var catalog = ReviewCatalog.Compose(null, [County, restated], "xintian-scjg");

        Assert.Single(catalog.Rules);
    }

    private static MajorDecision Evaluate(ReviewCatalog catalog, decimal fine)
    {
        var history = CaseHistory.Penalty(Filed).Propose(fine);
        return MajorDecisionRule.Evaluate(history.State, history.Procedure.Steps, EnforcementCategory.Penalty, catalog);
    }

    private static ReviewCatalogEdition Edition(string agency, string name, int version, ReviewScope scope, params ReviewCatalogEntry[] entries) =>
        new(agency, name, version, new DateOnly(2026, 1, 1), scope, entries, $"{agency}.admin", Filed);
}
