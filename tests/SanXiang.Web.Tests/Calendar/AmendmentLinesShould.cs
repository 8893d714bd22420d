using SanXiang.Web.Calendar;

namespace SanXiang.Web.Tests.Calendar;

public class AmendmentLinesShould
{
    [Fact]
    public void ReadARangeAsOneLinePerDay()
    {
        var result = AmendmentLines.Parse("2019-05-01至2019-05-04 放假 劳动节", ["劳动节"], "通知");

        Assert.Empty(result.Errors);
        Assert.Equal(Enumerable.Range(1, 4).Select(day => new DateOnly(2019, 5, day)), result.Days.Select(d => d.Date));
        Assert.All(result.Days, d => Assert.True(d.Off));
        Assert.All(result.Days, d => Assert.Equal("通知", d.Source));
    }

    [Fact]
    public void AskForTheHolidayWhenTheNoticeNamesSeveral()
    {
        var result = AmendmentLines.Parse("2025-10-01 放假", ["国庆节", "中秋节"], "通知");
        Assert.Equal(["第1行：通知涉及多个节日，请在行末写明该日所属节日"], result.Errors);
    }

    [Fact]
    public void RefuseABackwardsRange()
    {
        var result = AmendmentLines.Parse("\n2019-05-04至2019-05-01 放假", ["劳动节"], "通知");
        Assert.Equal(["第2行：日期范围“2019-05-04至2019-05-01”无效（结束不能早于开始，且不超过31天）"], result.Errors);
    }

    [Fact]
    public void TakeDeleteAsRemovingTheNamedHolidays()
    {
        var result = AmendmentLines.Parse("删除", ["劳动节"], "通知");
        Assert.Empty(result.Errors);
        Assert.Empty(result.Days);
    }

    [Fact]
    public void AskForAtLeastOneLine() =>
        Assert.Single(AmendmentLines.Parse("  \n", ["劳动节"], "通知").Errors);
}
