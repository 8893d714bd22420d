using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Domain.Supervision;
using SanXiang.Silo.Agencies;
using SanXiang.Web.Components.Data;
using SanXiang.Web.Components.Pages;

namespace SanXiang.Web.Tests.Components.Supervision;

public sealed class InspectionPageShould : ConsoleTestContext
{
    [Fact]
    public void AcceptSubmittedEvidenceAndShowWhoDidEachStep()
    {
        var data = Arrange(new DateOnly(2026, 11, 10), supervise: true);
        data.Submit();
        var cut = RenderPage();

        cut.Find(".rectification-accept").Click();

        cut.WaitForAssertion(() => Assert.Equal("已验收", cut.Find(".rectification-panel .rectification-state").TextContent.Trim()));
        Assert.Equal(RectificationState.Accepted, data.Inspection.Rectification("R1").State);
        var rows = cut.FindAll(".rectification-history tbody tr");
        Assert.Equal(["下达整改任务", "提交整改材料", "验收通过"], rows.Select(r => r.Children[3].TextContent.Trim()));
        Assert.Contains("李某某", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("许昌市司法局", rows[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void OfferNoNoticeOnTheDeadlineItself()
    {
        Arrange(new DateOnly(2026, 11, 16), supervise: true);

        var cut = RenderPage();

        Assert.Empty(cut.FindAll(".rectification-notice"));
        Assert.Empty(cut.FindAll(".accountability-submit"));
    }

    [Fact]
    public void OfferTheNoticeAndRecordAccountabilityForAnOverdueTask()
    {
        var data = Arrange(new DateOnly(2026, 11, 17), supervise: true);
        var late = RenderPage();
        late.Find(".accountability-person input").Change("张某");
        late.Find(".accountability-measure input").Change("约谈");
        late.Find(".accountability-submit").Click();

        Assert.Contains("已逾期", late.Find(".rectification-panel").TextContent, StringComparison.Ordinal);
        Assert.EndsWith("/t/henan-sft/supervision/i1/rectifications/R1/notice.docx", late.Find("a.rectification-notice").GetAttribute("href"), StringComparison.Ordinal);
        late.WaitForAssertion(() => Assert.Contains("问责对象：张某；方式：约谈", late.Find(".rectification-history").TextContent, StringComparison.Ordinal));
        Assert.Single(data.Inspection.Rectification("R1").Accountabilities);
    }

    [Fact]
    public void RecordTheNoticeIssuedForAnOverdueTaskInItsHistory()
    {
        var data = Arrange(new DateOnly(2026, 11, 17), supervise: true);
        var late = RenderPage();
        late.Find(".notice-number input").Change("许司通〔2026〕3号");

        late.Find(".notice-submit").Click();

        late.WaitForAssertion(() => Assert.Contains("许司通〔2026〕3号", late.Find(".rectification-history").TextContent, StringComparison.Ordinal));
        var last = late.FindAll(".rectification-history tbody tr").Last().TextContent;
        Assert.Contains("通报", last, StringComparison.Ordinal);
        Assert.Contains("关于整改任务逾期未完成的通报", last, StringComparison.Ordinal);
        Assert.Equal(RectificationActionKind.NoticeIssued, data.Inspection.Rectification("R1").Actions[^1].Kind);
    }

    [Fact]
    public void ShowTheResponsibleAgencyNoReviewButtons()
    {
        var data = Arrange(new DateOnly(2026, 11, 10), supervise: false);
        data.Submit();

        var cut = RenderPage();

        Assert.Equal("已提交整改材料，待验收", cut.Find(".rectification-state").TextContent.Trim());
        Assert.Empty(cut.FindAll(".rectification-accept"));
        Assert.Empty(cut.FindAll(".case-file-score"));
    }

    private FakeSupervisionConsoleData Arrange(DateOnly today, bool supervise)
    {
        var data = new FakeSupervisionConsoleData(today, supervise, report: !supervise);
        Services.AddSingleton<IConsoleData>(new FakeConsoleData(new AgencyView(AgencyViewStatus.Found, "henan-sft", new Agency(Samples.Xuchang(), [], null, null))));
        Services.AddSingleton<ISupervisionConsoleData>(data);
        return data;
    }

    private IRenderedComponent<InspectionPage> RenderPage()
    {
        _ = RenderPopoverProvider();
        return Render<InspectionPage>(p => p.Add(x => x.Tenant, "henan-sft").Add(x => x.Id, "i1"));
    }
}
