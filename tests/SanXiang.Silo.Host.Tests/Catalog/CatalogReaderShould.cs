using SanXiang.Silo.Agencies;
using SanXiang.Silo.Host.Catalog;

namespace SanXiang.Silo.Host.Tests.Catalog;

public class CatalogReaderShould
{
    private static readonly SeedCatalog Shipped = CatalogReader.Read(CatalogCopy.Shipped);

    [Fact]
    public void LoadTheFiveSeedAgenciesAsOnboardedTenants()
    {
        Assert.Equal(
            ["gengma-yjj", "shanxi-rfb", "xintian-scjg", "xuchang", "yuxi-sfj"],
            Shipped.Agencies.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.All(Shipped.Agencies, a => Assert.True(a.Agency.Profile.Onboarded));
        Assert.All(Shipped.Agencies, a => Assert.NotNull(a.Plan));
    }

    [Fact]
    public void LoadTheSupervisingDepartmentsAsNotOnboarded()
    {
        Assert.Equal(
            ["gengma-sfj", "henan-sft", "jinzhong-rfb", "shanxi-fzb", "xintian-sfj", "yunnan-sft"],
            Shipped.Departments.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.All(Shipped.Departments, d => Assert.False(d.Agency.Profile.Onboarded));
        Assert.All(Shipped.Departments, d => Assert.Null(d.Plan));
        Assert.Equal("shanxi-rfb", Shipped.Departments.Single(d => d.Id == "jinzhong-rfb").Agency.Profile.ParentId);
    }

    [Theory]
    [InlineData("yuxi-sfj", "玉溪市司法局", AgencyLevel.City, "judicial", "530400", "yunnan-sft", "seeds/000_86b07e4b5ecde43c.txt")]
    [InlineData("shanxi-rfb", "山西省人民防空办公室", AgencyLevel.Province, "civil-defense", "140000", "shanxi-fzb", "seeds/001_1ef203170347f936.txt")]
    [InlineData("xintian-scjg", "新田县市场监督管理局", AgencyLevel.County, "market-regulation", "431128", "xintian-sfj", "seeds/002_1e4da6647697e55a.txt")]
    [InlineData("xuchang", "许昌市", AgencyLevel.City, "government", "411000", "henan-sft", "seeds/003_0421154bb7fb29cd.txt")]
    [InlineData("gengma-yjj", "耿马傣族佤族自治县应急管理局", AgencyLevel.County, "emergency-management", "530926", "gengma-sfj", "seeds/004_2c91c16227ca89f7.txt")]
    public void ReadEachAgencysProfileFromItsSeed(string id, string name, AgencyLevel level, string sector, string region, string parent, string source)
    {
        var profile = Shipped.Agencies.Single(a => a.Id == id).Agency.Profile;
        Assert.Equal(new AgencyProfile(id, name, level, sector, region, parent, null, true, source), profile with { DocumentCode = null });
    }

    [Fact]
    public void ReadTheDocumentCodeOnlyWhereTheCatalogGivesOne()
    {
        Assert.Equal("新市监", Shipped.Agencies.Single(a => a.Id == "xintian-scjg").Agency.Profile.DocumentCode);
        Assert.All(Shipped.Agencies.Where(a => a.Id != "xintian-scjg"), a => Assert.Null(a.Agency.Profile.DocumentCode));
    }

    [Fact]
    public void ReadXuchangsLedgerOf43RowsIn21Groups()
    {
        var ledger = Ledger();
        Assert.Equal(Enumerable.Range(1, 43), ledger.Select(t => t.Id));
        Assert.Equal(21, ledger.Select(t => t.GroupNo).Distinct().Count());
        Assert.Equal(("一", "强化事前公开"), (ledger[0].GroupNo, ledger[0].Group));
        Assert.Equal(("二十一", "加强队伍建设"), (ledger[^1].GroupNo, ledger[^1].Group));
        Assert.Equal("许依法行政领〔2019〕2号", Plan("xuchang").DocumentNumber);
    }

    [Fact]
    public void FlagLongTermRowsAndKeepTheFirstDateOfThoseThatHaveOne()
    {
        var ledger = Ledger();
        Assert.Equal([1, 2, 28, 34, 37, 42], ledger.Where(t => !t.LongTerm).Select(t => t.Id));
        Assert.Equal(22, ledger.Count(t => t.LongTerm && t.Due is null));
        Assert.Equal(15, ledger.Count(t => t.LongTerm && t.Due is not null));

        var row12 = ledger[11];
        Assert.Equal("2019 年 10 月底前公开本年度执法决定信息，并长期执行。", row12.Deadline);
        Assert.Equal(new DateOnly(2019, 10, 31), row12.Due);
        Assert.True(row12.LongTerm);
        Assert.StartsWith("在执法决定作出之日起 20 个工作日内", row12.Measure, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2019, 7, 31), ledger[33].Due);
    }

    [Fact]
    public void NameElevenSeatsInGengmasLeadingGroup()
    {
        var group = Agency("gengma-yjj").LeadingGroup!;
        Assert.Equal(11, group.Members.Count);
        Assert.All(group.Members, m => Assert.NotNull(m.Name));
        Assert.Equal("查建兵", group.Members.Single(m => m.Role == LeadingGroupRole.Head).Name);
        Assert.Equal(["许天贵", "潘汉龙", "杨光盛", "陈文忠"], group.Members.Where(m => m.Role == LeadingGroupRole.Deputy).Select(m => m.Name));
        Assert.Equal(["段卫江", "钟永彪", "施权", "胡永刚", "雷瑶"], group.Members.Where(m => m.Role == LeadingGroupRole.Member).Select(m => m.Name));
        Assert.Equal("杨光盛", group.Members.Single(m => m.Role == LeadingGroupRole.OfficeDirector).Name);
        Assert.Equal("法规股（执法大队）", group.Office);
        Assert.Equal(["法规股（执法大队）", "安全生产监督管理股", "协调股"], Agency("gengma-yjj").OrgUnits.Select(u => u.Name));
    }

    [Fact]
    public void ListYuxisLeadingGroupByPostWhereThePlanNamesNobody()
    {
        var group = Agency("yuxi-sfj").LeadingGroup!;
        Assert.All(group.Members, m => Assert.Null(m.Name));
        Assert.Equal(
            [(LeadingGroupRole.Head, "局长"), (LeadingGroupRole.Deputy, "分管副局长"), (LeadingGroupRole.Member, "相关科室负责人")],
            group.Members.Select(m => (m.Role, m.Title!)));
        Assert.Equal("行政执法协调监督科", group.Office);
    }

    [Fact]
    public void DateYuxisFivePhasesAndLeaveTheOpenOneOpen()
    {
        var plan = Plan("yuxi-sfj");
        Assert.Equal(5, plan.Phases.Count);
        Assert.Equal((new DateOnly(2019, 6, 1), (DateOnly?)new DateOnly(2019, 6, 30)), (plan.Phases[0].Start, plan.Phases[0].End));
        Assert.Equal((new DateOnly(2019, 9, 1), (DateOnly?)null), (plan.Phases[2].Start, plan.Phases[2].End));
        Assert.Equal((new DateOnly(2019, 10, 1), (DateOnly?)new DateOnly(2019, 11, 10)), (plan.Phases[3].Start, plan.Phases[3].End));
        Assert.Equal((new DateOnly(2019, 11, 11), (DateOnly?)new DateOnly(2019, 11, 30)), (plan.Phases[4].Start, plan.Phases[4].End));
        Assert.Contains(plan.Deliverables, d => d.Due == new DateOnly(2019, 11, 15) && d.SubmitTo == "市局行政执法协调监督科");
    }

    [Theory]
    [InlineData("shanxi-rfb", "2017-06-10", "2017-07-31", "2017-12-10")]
    [InlineData("gengma-yjj", "2019-05-25", "2019-08-31", "2019-10-31")]
    public void DateTheDeliverablesAsThePlanDoes(string tenant, string plan, string rules, string summary) =>
        Assert.Equal([plan, rules, summary], Plan(tenant).Deliverables.Select(d => d.Due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("xintian-scjg")]
    [InlineData("xuchang")]
    public void InventNoPhasesForAPlanThatDatesNone(string tenant) =>
        Assert.Empty(Plan(tenant).Phases);

    [Fact]
    public void GiveATenantANewVersionOnlyWhenItsOwnFilesChange()
    {
        using var copy = new CatalogCopy();
        copy.Replace("yuxi-sfj/agency.json", "\"name\": \"装备财务科\"", "\"name\": \"装备财务处\"");
        var changed = CatalogReader.Read(copy.Directory);

        Assert.NotEqual(Shipped.Agencies.Single(a => a.Id == "yuxi-sfj").Version, changed.Agencies.Single(a => a.Id == "yuxi-sfj").Version);
        Assert.Equal(Shipped.Agencies.Single(a => a.Id == "xuchang").Version, changed.Agencies.Single(a => a.Id == "xuchang").Version);
        Assert.Equal(Shipped.Departments.Select(d => d.Version), changed.Departments.Select(d => d.Version));
    }

    [Fact]
    public void SkipNotesAndHiddenFiles()
    {
        using var copy = new CatalogCopy();
        copy.Write(".gitattributes", "* text eol=lf\n");
        copy.Write("yuxi-sfj/README.md", "# 备注\n");

        Assert.Equal(5, CatalogReader.Read(copy.Directory).Agencies.Count);
    }

    private static Agency Agency(string id) => Shipped.Agencies.Single(a => a.Id == id).Agency;

    private static SanXiang.Silo.Plans.ImplementationPlan Plan(string id) => Shipped.Agencies.Single(a => a.Id == id).Plan!;

    private static IReadOnlyList<SanXiang.Silo.Plans.LedgerTask> Ledger() => Plan("xuchang").LedgerTasks;
}
