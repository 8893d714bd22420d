using SanXiang.Domain.Disclosures;
using SanXiang.Domain.Officers;
using SanXiang.Domain.Supervision;
using SanXiang.Plugins;
using SanXiang.Silo.Cases;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.ReadModel;
using SanXiang.Silo.Grains.Tests.Agencies;
using SanXiang.Silo.Grains.Tests.Cases;
using SanXiang.Silo.Grains.Tests.Disclosures;
using SanXiang.Silo.Officers;
using SanXiang.Silo.Plans;
using SanXiang.Silo.Sectors;
using SanXiang.Silo.Supervision;

namespace SanXiang.Silo.Grains.Tests.Plans;

/// <summary>
/// The enforcement indicators' counts — 持证率 and the reviewers' share from the rosters, 公示及时率 from the decisions,
/// 案卷评查合格率 from the inspections — kept in the rollup rows by each write, must equal what the Domain's rules say of the
/// records themselves, for an agency, for a department above it and for each branch of the drill-down, on any day.
/// </summary>
public abstract class EnforcementRollupContract
{
    private static readonly DateOnly[] Days = [new(2024, 1, 1), new(2025, 6, 30), new(2026, 3, 19), new(2026, 3, 20), new(2027, 1, 1), new(2031, 1, 1)];

    private protected abstract IGrainFactory Grains { get; }

    private protected abstract T Service<T>()
        where T : notnull;

    private IPlanRollupGrain Rollups => Grains.GetGrain<IPlanRollupGrain>(GrainKeys.Platform);

    private protected async Task CountTheCertificatesAsTheCertificationRuleDoesAfterRandomRosterChangesAsync()
    {
        var tree = await AgencyTree.SeedAsync(Grains);
        var below = tree.All.Where(a => a != tree.Province).ToList();
        var random = new Random(20261202);
        for (var i = 0; i < 40; i++)
        {
            var agency = below[random.Next(below.Count)];
            var from = new DateOnly(2023, 1, 1).AddDays(random.Next(1500));
            var reviewer = random.Next(3) == 0;
            var officer = await Grains.GetGrain<IOfficerRosterGrain>(agency).AddAsync(new Officer(
                "", $"执法人员{i}", "执法大队", null, $"E{i:D4}{random.Next(100000):D5}", [EnforcementCategory.Penalty], null, from, from.AddDays(random.Next(30, 2500)), OfficerStatus.Active, reviewer, reviewer));
            var grain = Grains.GetGrain<IOfficerGrain>(GrainKeys.For(agency, officer.Id));
            switch (random.Next(6))
            {
                case 0:
                    await grain.DeactivateAsync("调离", new DateOnly(2026, 1, 5));
                    break;
                case 1:
                    await grain.SetCertificateStatusAsync(OfficerStatus.Revoked);
                    break;
                case 2:
                    await grain.RenewCertificateAsync(officer.ValidTo.AddDays(1), officer.ValidTo.AddDays(1000));
                    break;
            }
        }

        var seen = new List<EnforcementCounts>();
        foreach (var day in Days)
        {
            var province = await Rollups.RollupAsync(tree.Province, day);
            Assert.Equal(await RecountAsync(below, day), province.Enforcement);
            Assert.Equal(await RecountAsync([tree.County], day), await Rollups.AgencyAsync(tree.County, day));
            var branches = await Rollups.BranchesAsync(tree.Province, day);
            Assert.Equal([tree.City, tree.OtherCity], branches.Select(b => b.AgencyId).Order(StringComparer.Ordinal));
            Assert.Equal(await RecountAsync([tree.City, tree.County, tree.Township], day), branches.Single(b => b.AgencyId == tree.City).Rollup.Enforcement);
            Assert.Equal(3, branches.Single(b => b.AgencyId == tree.City).Rollup.Descendants);
            seen.Add(province.Enforcement);
        }

        // The random roster left officers certified, expired and not yet valid on some day, so the comparison compared numbers, not zeros.
        Assert.Contains(seen, c => c.OfficersCertified > 0 && c.ReviewersCertified > 0 && c.OfficersCertified < c.Officers);
    }

    private protected async Task CountTheDecisionsPublishedOnTimeAndKeepThemThroughARebuildAsync()
    {
        var tree = await AgencyTree.SeedAsync(Grains);
        var agency = await CaseSamples.NewAgencyAsync(Grains, parent: tree.County);

        // Three decisions of 2026-03-10, each due for publication by 03-19: one published on 03-18, one late on 03-23, one not yet.
        var (_, onTime) = await DecidedCases.DecideAsync(Grains, agency);
        var (_, late) = await DecidedCases.DecideAsync(Grains, agency);
        await DecidedCases.DecideAsync(Grains, agency);
        await PublishAsync(onTime, CaseSamples.At(2026, 3, 18));
        await PublishAsync(late, CaseSamples.At(2026, 3, 23));

        var expected = new Dictionary<DateOnly, (int Due, int OnTime)>
        {
            [new DateOnly(2026, 3, 17)] = (0, 0),
            [new DateOnly(2026, 3, 18)] = (1, 1),
            [new DateOnly(2026, 3, 20)] = (3, 1),
        };
        foreach (var (day, (due, published)) in expected)
        {
            var province = (await Rollups.RollupAsync(tree.Province, day)).Enforcement;
            Assert.Equal((due, published), (province.DisclosuresDue, province.DisclosuresOnTime));
            var own = await Rollups.AgencyAsync(agency, day);
            Assert.Equal((due, published), (own.DisclosuresDue, own.DisclosuresOnTime));
            var indicator = EnforcementIndicators.Of(own).Single(i => i.Id == EnforcementIndicators.DisclosureTimeliness);
            Assert.Equal((published, due), (indicator.Numerator, indicator.Denominator));
        }

        var before = await Rollups.RollupAsync(tree.Province, new DateOnly(2026, 3, 20));
        await new CaseReadModelRebuild(Service<CaseEventStore>(), Service<CaseProcedures>(), Service<ISectorRegistry>()).RunAsync();

        Assert.Equal(before.Enforcement, (await Rollups.RollupAsync(tree.Province, new DateOnly(2026, 3, 20))).Enforcement);
    }

    private protected async Task CountEachCaseFileAnInspectionScoredForTheAgencyWhoseFileItIsAsync()
    {
        var tree = await AgencyTree.SeedAsync(Grains);
        var inspection = Grains.GetGrain<IInspectionGrain>(GrainKeys.For(tree.City, "2026-1"));
        await inspection.OpenAsync(tree.County, "2026年专项监督检查", 80, "王处长");

        var full = CommonEvaluationStandard.Standard.Items.Select(i => new ItemScore(i.Id, i.Points)).ToList();
        await inspection.ScoreCaseFileAsync(CommonEvaluationStandard.Standard, tree.County, "c1", "销售过期食品案", true, ["two-officers"], full, "只有一名执法人员签名", "王处长");
        await inspection.ScoreCaseFileAsync(CommonEvaluationStandard.Standard, tree.County, "c2", "无证经营案", true, [], full, null, "王处长");

        // A file of the township below the inspected county is the township's: its own rate counts it, the county's rollup too.
        await inspection.ScoreCaseFileAsync(CommonEvaluationStandard.Standard, tree.Township, "c3", "未按规定公示案", true, [], full, null, "王处长");

        var county = await Rollups.AgencyAsync(tree.County, Days[0]);
        var township = await Rollups.AgencyAsync(tree.Township, Days[0]);
        var province = (await Rollups.RollupAsync(tree.Province, Days[0])).Enforcement;
        var city = (await Rollups.RollupAsync(tree.City, Days[0])).Enforcement;
        Assert.Equal((2, 1), (county.FilesEvaluated, county.FilesPassed));
        Assert.Equal((1, 1), (township.FilesEvaluated, township.FilesPassed));
        Assert.Equal((3, 2), (province.FilesEvaluated, province.FilesPassed));
        Assert.Equal((3, 2), (city.FilesEvaluated, city.FilesPassed));
        Assert.Equal(0, (await Rollups.AgencyAsync(tree.City, Days[0])).FilesEvaluated);
    }

    private static async Task PublishAsync(ICaseGrain grain, DateTimeOffset at)
    {
        var shown = await grain.PreviewDisclosureAsync(new DisclosureText(null, null, null, []));
        await grain.PublishDisclosureAsync(new PublishDisclosureCommand(new DisclosureText(null, null, null, []), shown.Hash, null, "xintian-scjg.officer", at));
    }

    // What the certification rule says of each officer on the day, counted without the read model.
    private async Task<EnforcementCounts> RecountAsync(IReadOnlyList<string> agencies, DateOnly day)
    {
        var officers = new List<Officer>();
        foreach (var agency in agencies)
        {
            officers.AddRange(await Grains.GetGrain<IOfficerRosterGrain>(agency).ListAsync());
        }

        var onDuty = officers.Where(o => o.Status != OfficerStatus.Inactive).ToList();
        var certified = onDuty.Where(o => OfficerCertification.StatusOn(o.ToFacts(), day) == CertificateStatus.Valid).ToList();
        return new EnforcementCounts(0, 0, onDuty.Count, certified.Count, certified.Count(o => o.IsReviewer), 0, 0);
    }
}
