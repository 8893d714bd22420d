using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Silo.Calendar;
using SanXiang.Domain.Errors;
using SanXiang.Web.Auth;
using SanXiang.Web.Components.Calendar;
using SanXiang.Web.Components.Pages;
using SanXiang.Web.Tests.Components;

namespace SanXiang.Web.Tests.Calendar;

public sealed class CalendarPageShould : ConsoleTestContext
{
    private const string OriginalNotice = "国办发明电〔2018〕15号";

    private static CalendarSettings OneDayLabourDay { get; } = new(
        [new CalendarAmendmentRecord(2019, OriginalNotice, ["劳动节"], [new CalendarDay(new DateOnly(2019, 5, 1), true, "劳动节", OriginalNotice)], "admin", DateTimeOffset.UnixEpoch)],
        [],
        1);

    private IRenderedComponent<CalendarPage> RenderAs(FakeCalendarData data, bool platformAdmin = true)
    {
        Services.AddSingleton<ICalendarData>(data);
        var auth = AddAuthorization();
        auth.SetAuthorized("admin");
        if (platformAdmin)
        {
            auth.SetClaims(new Claim(SanXiangClaims.PlatformAdmin, "true"));
        }

        RenderPopoverProvider();
        return Render<CalendarPage>();
    }

    private static List<string> Rows(IRenderedComponent<CalendarPage> cut, string holiday) =>
        [.. cut.FindAll(".holiday-lines tbody tr").Select(row => row.TextContent).Where(text => text.Contains(holiday, StringComparison.Ordinal))];

    [Fact]
    public void ListTheYearsLinesMarkingTheAmendedHoliday()
    {
        var cut = RenderAs(new FakeCalendarData { Settings = OneDayLabourDay });

        var labour = Assert.Single(Rows(cut, "劳动节"));
        Assert.Contains("2019-05-01", labour, StringComparison.Ordinal);
        Assert.Contains("已修改", labour, StringComparison.Ordinal);
        Assert.All(Rows(cut, "春节"), row => Assert.Contains("官方", row, StringComparison.Ordinal));
        Assert.Contains(OriginalNotice, cut.Find(".amendment-history").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void EnterTheAmendingNoticeAndShowItsLinesAndWorkingSundays()
    {
        var data = new FakeCalendarData { Settings = OneDayLabourDay };
        var cut = RenderAs(data);

        cut.Find(".amendment-source input").Change("国办发明电〔2019〕3号");
        cut.Find(".amendment-holiday-劳动节 input").Change(true);
        cut.Find(".amendment-lines textarea").Change("2019-04-28 上班\n2019-05-01至2019-05-04 放假\n2019-05-05 上班 劳动节");
        cut.Find(".amendment-submit").Click();

        cut.WaitForAssertion(() => Assert.Equal(6, Rows(cut, "劳动节").Count));
        var draft = Assert.Single(data.Drafts);
        Assert.Equal(2019, draft.Year);
        Assert.Equal(["劳动节"], draft.Holidays);
        Assert.Equal([new DateOnly(2019, 4, 28), new DateOnly(2019, 5, 5)], draft.Days.Where(d => !d.Off).Select(d => d.Date));
        Assert.All(draft.Days, d => Assert.Equal("国办发明电〔2019〕3号", d.Source));
        Assert.Contains(cut.FindAll(".day-shift"), cell => cell.GetAttribute("title") == "劳动节 调休上班");
        Assert.Equal(Enumerable.Range(1, 12).Select(month => $"{month}月"), cut.FindAll(".month-name").Select(name => name.TextContent.Trim()));
        Assert.Contains("已保存", cut.Find(".amendment-saved").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void NameTheLineThatCannotBeReadAndSendNothing()
    {
        var data = new FakeCalendarData();
        var cut = RenderAs(data);

        cut.Find(".amendment-source input").Change("国办发明电〔2019〕3号");
        cut.Find(".amendment-holiday-劳动节 input").Change(true);
        cut.Find(".amendment-lines textarea").Change("2019-05-01 放假\n2019-5-2 休假");
        cut.Find(".amendment-submit").Click();

        var errors = cut.Find(".amendment-errors").TextContent;
        Assert.Contains("第2行：“休假”应为“放假”或“上班”", errors, StringComparison.Ordinal);
        Assert.Empty(data.Drafts);
    }

    [Fact]
    public void ShowTheCalendarsRefusalInChinese()
    {
        var data = new FakeCalendarData { RefuseWith = new SanXiangException(ErrorCodes.ValidationFailed, "日历中还没有2031年的安排，录入该年度的放假通知时须列出全部法定节日，缺少：春节。") };
        var cut = RenderAs(data);

        cut.Find(".amendment-year input").Change("2031");
        cut.Find(".amendment-source input").Change("测试通知");
        cut.Find(".amendment-holiday-元旦 input").Change(true);
        cut.Find(".amendment-lines textarea").Change("2031-01-01 放假 元旦");
        cut.Find(".amendment-submit").Click();

        cut.WaitForAssertion(() => Assert.Contains("缺少：春节", cut.Find(".amendment-errors").TextContent, StringComparison.Ordinal));
        Assert.Equal(2031, Assert.Single(data.Drafts).Year);
    }

    [Fact]
    public void SayAYearIsMissingAndComputeItOnceAllowedAsProvisional()
    {
        var data = new FakeCalendarData { Today = new DateOnly(2030, 6, 1) };
        var cut = RenderAs(data);

        Assert.Contains("没有2030年的安排", cut.Find(".calendar-missing").TextContent, StringComparison.Ordinal);
        cut.Find(".provisional-toggle input").Change(true);

        cut.WaitForAssertion(() => Assert.Contains("临时日历", cut.Find(".calendar-provisional").TextContent, StringComparison.Ordinal));
        Assert.Equal([2030], data.Settings.ProvisionalYears);
        Assert.All(cut.FindAll(".line-mark"), mark => Assert.Equal("临时推算", mark.TextContent.Trim()));
        Assert.Empty(cut.FindAll(".calendar-missing"));
    }

    [Fact]
    public void ShowNothingButARefusalToOtherUsers()
    {
        var cut = RenderAs(new FakeCalendarData(), platformAdmin: false);

        Assert.Contains("只有平台管理员可以维护工作日历", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".amendment-form"));
        Assert.Empty(cut.FindAll(".holiday-lines"));
    }

    [Fact]
    public void SwitchToAnotherYear()
    {
        var cut = RenderAs(new FakeCalendarData());

        cut.Find(".calendar-year-2026 button, button.calendar-year-2026").Click();

        Assert.Contains(Rows(cut, "春节"), row => row.Contains("2026-02-16", StringComparison.Ordinal));
    }

    [Fact]
    public void MarkTheSelectedYearAndMoveTheMarkWithTheChoice()
    {
        var cut = RenderAs(new FakeCalendarData());
        var before = Assert.Single(cut.FindAll(".calendar-years .calendar-year-selected"));

        cut.Find("button.calendar-year-2026").Click();

        var selected = Assert.Single(cut.FindAll(".calendar-years .calendar-year-selected"));
        Assert.Equal("2026年", selected.TextContent.Trim());
        Assert.Contains("mud-button-filled", selected.ClassName, StringComparison.Ordinal);
        Assert.Equal("true", selected.GetAttribute("aria-pressed"));

        // A group that overrides its buttons' styles paints them all alike in the browser, the filled one too.
        Assert.DoesNotContain("mud-button-group-override-styles", cut.Find(".calendar-years").ClassName, StringComparison.Ordinal);
        Assert.All(cut.FindAll(".calendar-years button").Where(b => b != selected), b => Assert.DoesNotContain("mud-button-filled", b.ClassName, StringComparison.Ordinal));
        Assert.NotEqual(before.TextContent, selected.TextContent);
    }
}
