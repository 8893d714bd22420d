using Bunit;
using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Errors;
using SanXiang.Plugins;
using SanXiang.Web.Components.Reviews;

namespace SanXiang.Web.Tests.Components.Reviews;

public sealed class ReviewCatalogFormShould : ConsoleTestContext
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static readonly ReviewCatalogEdition Latest = new("xintian-scjg", "新田县市场监督管理局", 2, new DateOnly(2026, 1, 1), ReviewScope.GeneralProcedurePenalties,
        [new ReviewCatalogEntry(EnforcementCategory.Penalty, "对法人处以较大数额罚款的", 10_000m, "新田县目录清单")], "xintian-scjg.admin", DateTimeOffset.UnixEpoch);

    [Fact]
    public void StartFromTheAgencysLatestEditionAndPublishItsRowsWithTheChosenDay()
    {
        ReviewCatalogDraft? published = null;
        var cut = Render<ReviewCatalogForm>(p => p
            .Add(c => c.Latest, Latest)
            .Add(c => c.Today, Today)
            .Add(c => c.OnPublishAsync, draft => { published = draft; return Task.CompletedTask; }));

        cut.Find(".review-catalog-publish").Click();

        Assert.NotNull(published);
        Assert.Equal(Today, published.EffectiveFrom);
        Assert.Equal(ReviewScope.GeneralProcedurePenalties, published.Scope);
        Assert.Equal(10_000m, Assert.Single(published.Entries).AmountAtLeast);
    }

    [Fact]
    public void ShowEachProblemTheCatalogNamesBesideItsField()
    {
        var cut = Render<ReviewCatalogForm>(p => p
            .Add(c => c.Latest, Latest)
            .Add(c => c.Today, Today)
            .Add(c => c.OnPublishAsync, _ => throw new SanXiangException(ErrorCodes.ValidationFailed, "两处问题。",
                [new FieldProblem("effectiveFrom", "施行日期不能早于今天（2026-03-02）。"), new FieldProblem("entries[0].amountAtLeast", "第 1 项的金额应大于 0 元。")])));

        cut.Find(".review-catalog-publish").Click();

        Assert.Contains("施行日期不能早于今天（2026-03-02）。", cut.Find(".review-catalog-effective").TextContent, StringComparison.Ordinal);
        Assert.Contains("第 1 项的金额应大于 0 元。", cut.Find(".review-row-amount-0").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".review-catalog-error"));
    }

    [Fact]
    public void SendAnUnreadableAmountForTheCatalogToRefuseRatherThanDropIt()
    {
        ReviewCatalogDraft? published = null;
        var cut = Render<ReviewCatalogForm>(p => p
            .Add(c => c.Today, Today)
            .Add(c => c.OnPublishAsync, draft => { published = draft; return Task.CompletedTask; }));

        cut.Find(".review-catalog-add").Click();
        cut.Find(".review-row-amount-0 input").Change("一万");
        cut.Find(".review-catalog-publish").Click();

        Assert.Equal(-1m, Assert.Single(published!.Entries).AmountAtLeast);
        Assert.Throws<SanXiangException>(() => published.Checked(Today));
    }
}
