using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Silo.Agencies;
using SanXiang.Web.Components.Cases;
using SanXiang.Web.Components.Data;
using SanXiang.Web.Components.Pages;

namespace SanXiang.Web.Tests.Components.Cases;

/// <summary>The reviewer's queue page: rows linking to their cases, due dates, the mine and overdue filters, paging.</summary>
public sealed class ReviewsPageShould : ConsoleTestContext
{
    private IRenderedComponent<ReviewsPage> RenderPage(FakeCaseConsoleData cases)
    {
        var view = new AgencyView(AgencyViewStatus.Found, "xintian-scjg", new Agency(CaseSamples.Xintian(), [], null, null), CanEdit: false);
        Services.AddSingleton<IConsoleData>(new FakeConsoleData(view) { Today = CaseSamples.Today });
        Services.AddSingleton<ICaseConsoleData>(cases);
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        RenderPopoverProvider();
        return Render<ReviewsPage>(p => p.Add(c => c.Tenant, "xintian-scjg"));
    }

    private static FakeCaseConsoleData Queue() => new()
    {
        Reviews =
        [
            ReviewSamples.Entry("2026-0001", new DateOnly(2026, 11, 20), account: "xintian-scjg.reviewer"),
            ReviewSamples.Entry("2026-0002", null, suspended: true),
            ReviewSamples.Entry("2026-0003", new DateOnly(2026, 11, 27)),
        ],
    };

    [Fact]
    public void ListThePendingReviewsWithTheirDueDatesAndLinkEachToItsCase()
    {
        var cut = RenderPage(Queue());

        var rows = cut.FindAll(".review-table tbody tr");
        Assert.Equal(3, rows.Count);
        Assert.Equal("/t/xintian-scjg/cases/2026-0001", rows[0].QuerySelector("a.review-case-link")!.GetAttribute("href"));
        Assert.Contains("2026-11-20", rows[0].QuerySelector(".review-due")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("已逾期", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("2026-11-20 09:30", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("限 2026-12-01 前补充", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("未指定", rows[2].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("已逾期", rows[2].TextContent, StringComparison.Ordinal);
        Assert.Contains("共 3 件待审核", cut.Find(".review-count").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void NarrowToMyReviewsAndToOverdueOnes()
    {
        var cut = RenderPage(Queue());

        cut.Find(".review-mine input").Change(true);
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".review-table tbody tr")));
        cut.Find(".review-mine input").Change(false);
        cut.Find(".review-overdue-only input").Change(true);

        cut.WaitForAssertion(() => Assert.Contains("2026-0001", Assert.Single(cut.FindAll(".review-table tbody tr")).TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void LeadFromTheAgencyToTheQueueWithTheOverdueCount()
    {
        Services.AddSingleton<ICaseConsoleData>(Queue());

        var cut = Render<ReviewsLink>(p => p.Add(l => l.Tenant, "xintian-scjg"));

        Assert.Equal("/t/xintian-scjg/reviews", cut.Find("a.reviews-link").GetAttribute("href"));
        Assert.Equal("逾期 1", cut.Find(".reviews-overdue-count").TextContent.Trim());
    }
}
