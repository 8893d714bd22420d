using SanXiang.Silo.Agencies;
using SanXiang.Web.Onboarding;
using static SanXiang.Web.Tests.Onboarding.OnboardingFiles;

namespace SanXiang.Web.Tests.Onboarding;

public sealed class OnboardingCheckShould
{
    private static readonly AgencyProfile Henan = new("henan-sft", "河南省司法厅", AgencyLevel.Province, "judicial", "410000", null, null, false, "seeds/x");
    private static readonly AgencyProfile Xuchang = new("xuchang", "许昌市", AgencyLevel.City, "government", "411000", "henan-sft", null, true, "seeds/x");
    private static readonly AgencyProfile Yunnan = new("yunnan-sft", "云南省司法厅", AgencyLevel.Province, "judicial", "530000", null, null, false, "seeds/y");
    private static readonly AgencyProfile Yuxi = new("yuxi-sfj", "玉溪市司法局", AgencyLevel.City, "judicial", "530400", "yunnan-sft", CreditCode(1, "9999"), true, "seeds/y");
    private static readonly IReadOnlyList<AgencyProfile> Directory = [Henan, Xuchang, Yunnan, Yuxi];

    [Fact]
    public void ListEveryBadRowOfEverySheetAndReturnNoAgency()
    {
        var file = Workbook(
            [
                Agency("长葛市市场监督管理局", CreditCode(1, "0001"), region: "411082"),
                Agency("鄢陵县市场监督管理局", CreditCode(2, "0001"), level: "区级"),
                Agency("襄城县市场监督管理局", CreditCode(1, "0001")),
                Agency("", CreditCode(4, "0001")),
            ],
            officers:
            [
                Officer("禹州市市场监督管理局", "张三", "41100020270001"),
                Officer(CreditCode(1, "0001"), "李四", ""),
            ]);

        var (agencies, errors) = Check(new OnboardingFile("下级机关.xlsx", file));

        Assert.Empty(agencies);
        Assert.Equal(
            [("机关", 3, "层级"), ("机关", 4, "统一社会信用代码"), ("机关", 5, "机关名称"), ("执法人员", 2, "所属机关"), ("执法人员", 3, null)],
            errors.Select(e => (e.Sheet, e.Row, e.Column)));
        Assert.Equal(["IMPORT_ROW_INVALID", "IMPORT_DUPLICATE", "IMPORT_ROW_INVALID", "IMPORT_UNKNOWN_AGENCY", "IMPORT_ROW_INVALID"], errors.Select(e => e.Code));
        Assert.Contains("与第 2 行重复", errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("证件编号为空", errors[4].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefuseACreditCodeAnAgencyAlreadyHolds()
    {
        var (_, errors) = Check(new OnboardingFile("a.xlsx", Workbook([Agency("长葛市司法局", Yuxi.CreditCode!, region: "411082", sector: "司法行政")])));

        var error = Assert.Single(errors);
        Assert.Equal("IMPORT_DUPLICATE", error.Code);
        Assert.Contains("玉溪市司法局", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PlaceAgenciesUnderTheDepartmentAnAgencyOfItsSubtreeOrOneOfTheFileParentsFirst()
    {
        var city = CreditCode(1, "0002");
        var file = Workbook(
        [
            Agency("长葛市市场监督管理局石固所", CreditCode(2, "0002"), region: "411082", level: "乡镇级", parent: city),
            Agency("长葛市市场监督管理局", city, region: "411082", parent: "许昌市"),
            Agency("河南省市场监督管理局直属分局", CreditCode(3, "0002"), region: "410100", level: "市级"),
        ]);

        var (agencies, errors) = Check(new OnboardingFile("a.xlsx", file));

        Assert.Empty(errors);
        Assert.Equal(["长葛市市场监督管理局", "长葛市市场监督管理局石固所", "河南省市场监督管理局直属分局"], agencies.Select(a => a.Agency.Profile.Name));
        Assert.Equal(["xuchang", AgencyIds.FromCreditCode(city), "henan-sft"], agencies.Select(a => a.Agency.Profile.ParentId));
    }

    [Fact]
    public void RefuseAParentOutsideTheDepartmentsSubtree()
    {
        var (_, errors) = Check(new OnboardingFile("a.xlsx", Workbook([Agency("红塔区司法局", CreditCode(1, "0003"), region: "530402", sector: "司法行政", parent: "玉溪市司法局")])));

        var error = Assert.Single(errors);
        Assert.Equal(("IMPORT_PARENT_OUTSIDE_SUBTREE", "上级机关"), (error.Code, error.Column));
    }

    [Fact]
    public void ReadEachSheetFromACsvFileOfItsOwn()
    {
        var code = CreditCode(1, "0004");
        var agencies = Csv(Header(OnboardingColumns.AgencySheet), [Agency("鄢陵县市场监督管理局", code, region: "411024")]);
        var officers = Csv(OfficerHeader, [Officer("鄢陵县市场监督管理局", "张三", "41102420270001"), Officer(code, "李四", "41102420270002")]);
        var units = Csv(Header(OnboardingColumns.OrgUnitSheet), [[code, "法制股", "法制审核"]]);
        var group = Csv(Header(OnboardingColumns.LeadingGroupSheet), [[code, "推行三项制度工作领导小组", "法制股", "组长", "", "局长"], [code, "", "", "成员", "王五", "法制股股长"]]);

        var (result, errors) = Check(new("机关.csv", agencies), new("人员.csv", officers), new("内设机构.csv", units), new("领导小组.csv", group));

        Assert.Empty(errors);
        var agency = Assert.Single(result);
        Assert.Equal(["张三", "李四"], agency.Officers.Select(o => o.Name));
        Assert.Equal("法制股", Assert.Single(agency.Agency.OrgUnits).Name);
        Assert.Equal("法制股", agency.Agency.LeadingGroup!.Office);
        Assert.Equal([LeadingGroupRole.Head, LeadingGroupRole.Member], agency.Agency.LeadingGroup.Members.Select(m => m.Role));
    }

    [Fact]
    public void RefuseALeadingGroupWithoutItsHeadAndAnOfficeThatIsNoSection()
    {
        var code = CreditCode(1, "0005");
        var file = Workbook([Agency("鄢陵县司法局", code, region: "411024", sector: "司法行政")], group: [[code, "领导小组", "办公室", "成员", "王五", ""]]);

        var (_, errors) = Check(new OnboardingFile("a.xlsx", file));

        Assert.Equal([("领导小组办公室", "IMPORT_ROW_INVALID"), ("小组职务", "IMPORT_ROW_INVALID")], errors.Select(e => (e.Column!, e.Code)));
    }

    private static (IReadOnlyList<NewAgency> Agencies, IReadOnlyList<OnboardingError> Errors) Check(params OnboardingFile[] files) =>
        OnboardingCheck.Run(OnboardingSheets.Read(files), Henan, Directory);
}
