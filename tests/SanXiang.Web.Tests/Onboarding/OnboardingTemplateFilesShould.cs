using SanXiang.Web.Officers;
using SanXiang.Web.Onboarding;

namespace SanXiang.Web.Tests.Onboarding;

public sealed class OnboardingTemplateFilesShould
{
    [Fact]
    public void OfferAWorkbookWhoseFourSheetsCarryTheHeadersTheImportReads()
    {
        var sheets = XlsxCells.ReadSheets(new MemoryStream(OnboardingTemplateFiles.Xlsx()));

        Assert.Equal(["机关", "内设机构", "执法人员", "领导小组"], sheets.Select(s => s.Name));
        Assert.All(sheets, s => Assert.Equal(OnboardingColumns.Sheets.Single(t => t.Sheet == s.Name).Columns, Assert.Single(s.Rows).Cells));
    }

    [Fact]
    public void OfferACsvPerSheetThatTheImportTellsByItsHeader()
    {
        var files = OnboardingTemplateFiles.CsvNames.Select(n => new OnboardingFile($"{n.Key}.csv", OnboardingTemplateFiles.Csv(n.Value))).ToList();

        var read = OnboardingSheets.Read(files);

        Assert.All(OnboardingColumns.Sheets, s => Assert.Equal(s.Columns, Assert.Single(read[s.Sheet]).Cells));
        Assert.Contains("没有“机关”工作表的数据", Assert.Single(read.Errors).Message, StringComparison.Ordinal);
    }
}
