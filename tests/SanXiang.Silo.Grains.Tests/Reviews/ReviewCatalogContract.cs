using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Engine;
using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Errors;
using SanXiang.Plugins;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Cases;
using SanXiang.Silo.Grains.Tests.Cases;
using SanXiang.Silo.Reviews;

namespace SanXiang.Silo.Grains.Tests.Reviews;

/// <summary>An agency's review catalog on each database: inherited from the departments above it, widened by its own edition, applied to its cases.</summary>
public abstract class ReviewCatalogContract
{
    private protected abstract IGrainFactory Grains { get; }

    private static DateOnly Today => CaseDates.ChinaDate(DateTimeOffset.UtcNow);

    private protected async Task MakeACountyCaseMajorByACityDepartmentsRowItInheritsAsync()
    {
        var (city, county) = await CityAndCountyAsync();
        await Grains.GetGrain<IReviewCatalogGrain>(city).PublishAsync(Draft(ReviewScope.MajorDecisions, Fine(20_000m, "《某市重大行政执法决定法制审核目录》第三条")), "city.admin");
        var filing = Grains.GetGrain<ICaseFilingGrain>(county);
        var opened = await filing.OpenAsync(CaseSamples.Open(CaseSamples.At(2026, 3, 2), fine: 25_000m));

        var major = await Grains.GetGrain<ICaseGrain>(GrainKeys.For(county, opened.Id)).EvaluateMajorDecisionAsync();

        var rule = Assert.Single(major.MatchedRules);
        Assert.Equal("inherited", rule.Source);
        Assert.StartsWith("某市司法局 第 1 版", rule.SourceName, StringComparison.Ordinal);
        Assert.EndsWith($"+{city}@1", major.CatalogVersion, StringComparison.Ordinal);
    }

    private protected async Task ListTheInheritedRowsBesideTheAgencysOwnNewerEditionAsync()
    {
        var (city, county) = await CityAndCountyAsync();
        await Grains.GetGrain<IReviewCatalogGrain>(city).PublishAsync(Draft(ReviewScope.GeneralProcedurePenalties, Fine(20_000m, "市级目录")), "city.admin");
        var catalog = Grains.GetGrain<IReviewCatalogGrain>(county);
        await catalog.PublishAsync(Draft(ReviewScope.MajorDecisions, Fine(8_000m, "县级目录")), "county.admin");
        var second = await catalog.PublishAsync(Draft(ReviewScope.MajorDecisions, Fine(5_000m, "县级目录第二版")), "county.admin");

        Assert.Equal([2, 1], second.Editions.Select(e => e.Version));
        var rules = second.InForce.Rules.Where(r => r.Source.Origin != ReviewRuleOrigin.Sector).ToList();
        Assert.Equal([(ReviewRuleOrigin.Inherited, 20_000m), (ReviewRuleOrigin.Own, 5_000m)], rules.Select(r => (r.Source.Origin, r.Entry.AmountAtLeast!.Value)));
        Assert.Equal(ReviewScope.GeneralProcedurePenalties, second.InForce.Scope);
        Assert.Equal(city, second.InForce.ScopeSource!.AgencyId);
    }

    private protected async Task KeepAnEditionThatTakesEffectLaterOutOfTodaysCatalogAsync()
    {
        var (_, county) = await CityAndCountyAsync();
        var catalog = Grains.GetGrain<IReviewCatalogGrain>(county);

        var view = await catalog.PublishAsync(Draft(ReviewScope.AllDecisions, Fine(1_000m, "下月施行")) with { EffectiveFrom = Today.AddMonths(1) }, "county.admin");

        Assert.Equal(1, Assert.Single(view.Editions).Version);
        Assert.Equal(ReviewScope.MajorDecisions, view.InForce.Scope);
        Assert.DoesNotContain(view.InForce.Rules, r => r.Source.Origin == ReviewRuleOrigin.Own);
    }

    private protected async Task RefuseABackdatedEditionAndStoreNothingAsync()
    {
        var (_, county) = await CityAndCountyAsync();
        var catalog = Grains.GetGrain<IReviewCatalogGrain>(county);

        var refused = await Assert.ThrowsAsync<SanXiangException>(() => catalog.PublishAsync(Draft(ReviewScope.MajorDecisions, Fine(1_000m, "补记")) with { EffectiveFrom = Today.AddDays(-1) }, "county.admin"));

        Assert.Equal(ErrorCodes.ValidationFailed, refused.Code);
        Assert.Equal("effectiveFrom", Assert.Single(refused.Problems).Field);
        Assert.Empty((await catalog.GetAsync()).Editions);
    }

    private async Task<(string City, string County)> CityAndCountyAsync()
    {
        var county = await CaseSamples.NewAgencyAsync(Grains);
        var city = Samples.NewTenantId();
        var countyProfile = (await Grains.GetGrain<IAgencyGrain>(county).GetAsync())!.Profile with { ParentId = city };
        var cityProfile = new AgencyProfile(city, "某市司法局", AgencyLevel.City, "judicial", "431100", null, null, true, "test", "某司");
        await Grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform).RecordAllAsync([cityProfile, countyProfile]);
        await Grains.GetGrain<IAgencyGrain>(city).SeedAsync(new Agency(cityProfile, [], null, null), "v1");
        return (city, county);
    }

    private static ReviewCatalogDraft Draft(ReviewScope scope, params ReviewCatalogEntry[] entries) => new(Today, scope, entries);

    private static ReviewCatalogEntry Fine(decimal amount, string basis) =>
        new(EnforcementCategory.Penalty, "对法人或者其他组织处以较大数额罚款的", amount, basis);
}
