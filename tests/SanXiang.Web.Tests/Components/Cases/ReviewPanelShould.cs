using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Agencies;
using SanXiang.Web.Components.Data;
using SanXiang.Web.Components.Pages;

namespace SanXiang.Web.Tests.Components.Cases;

/// <summary>The case page's legal review: its state as the case holds it, and the handler's resubmission after 存在问题.</summary>
public sealed class ReviewPanelShould : ConsoleTestContext
{
    private IRenderedComponent<CasePage> RenderPage(FakeCaseConsoleData cases)
    {
        var view = new AgencyView(AgencyViewStatus.Found, "xintian-scjg", new Agency(CaseSamples.Xintian(), [], null, null), CanEdit: true);
        Services.AddSingleton<IConsoleData>(new FakeConsoleData(view) { Today = CaseSamples.Today, Officers = [CaseSamples.Zhang, CaseSamples.Li] });
        Services.AddSingleton<ICaseConsoleData>(cases);
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        RenderPopoverProvider();
        Render<MudBlazor.MudSnackbarProvider>();
        return Render<CasePage>(p => p.Add(c => c.Tenant, "xintian-scjg").Add(c => c.Id, "2026-0001"));
    }

    [Fact]
    public void ShowTheReturnWithItsReasonsAndResubmitTheChangedMaterials()
    {
        var cases = new FakeCaseConsoleData { Case = ReviewSamples.Returned(), TemplateList = CaseSamples.Templates() };
        var cut = RenderPage(cases);

        Assert.Equal("已退回（存在问题）", cut.Find(".case-review .review-status").TextContent.Trim());
        Assert.Contains("罚款数额的裁量理由不充分", cut.Find(".case-review .review-opinion").TextContent, StringComparison.Ordinal);
        Assert.Equal("修改后重新提交审核", cut.Find(".review-submit").TextContent.Trim());
        Assert.Equal(ReviewSamples.Materials.SituationNote, cut.Find(".review-note textarea").GetAttribute("value") ?? cut.Find(".review-note textarea").TextContent);

        cut.Find(".review-note textarea").Change("已补充裁量说明：货值较大，拒不配合调查");
        cut.Find(".review-submit").Click();

        cut.WaitForAssertion(() => Assert.Equal("审核中", cut.Find(".case-review .review-status").TextContent.Trim()));
        var sent = Assert.Single(cases.Submitted);
        Assert.Equal("已补充裁量说明：货值较大，拒不配合调查", sent.SituationNote);
        Assert.Equal(ReviewSamples.Materials.Evidence, sent.Evidence);
        Assert.Contains("2026-11-30", cut.Find(".case-review .review-due").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".review-submit"));
    }

    [Fact]
    public void ShowASupervisorTheReturnedReviewButNoResubmissionForm()
    {
        var cases = new FakeCaseConsoleData { Case = ReviewSamples.Returned(), TemplateList = CaseSamples.Templates(), Abilities = new(CanOpen: false, CanAct: false) };
        var cut = RenderPage(cases);

        Assert.Equal("已退回（存在问题）", cut.Find(".case-review .review-status").TextContent.Trim());
        Assert.Empty(cut.FindAll(".review-form"));
    }

    [Fact]
    public void ShowTheEnginesRefusalOfAnUnchangedResubmissionInChinese()
    {
        var cases = new FakeCaseConsoleData
        {
            Case = ReviewSamples.Returned(),
            TemplateList = CaseSamples.Templates(),
            Refusal = new SanXiangException(ErrorCodes.ReviewResubmissionUnchanged, "重新提交时拟作出的决定和送审材料均未作修改；请针对审核意见修改后再提交。"),
        };
        var cut = RenderPage(cases);

        cut.Find(".review-submit").Click();

        cut.WaitForAssertion(() => Assert.Contains("均未作修改", cut.Find(".review-error").TextContent, StringComparison.Ordinal));
        Assert.Empty(cases.Submitted);
        Assert.Equal("已退回（存在问题）", cut.Find(".case-review .review-status").TextContent.Trim());
    }

    [Fact]
    public void SayWhenTheReviewIsSuspendedAndUntilWhen()
    {
        var returned = ReviewSamples.Returned();
        var supplement = new SupplementRequest(ReviewSamples.Reviewer, ["当事人营业执照复印件"], new DateOnly(2026, 12, 1), "缺少主体资格证明", "xintian-scjg.reviewer", CaseSamples.At.AddDays(2));
        var cases = new FakeCaseConsoleData
        {
            Case = returned with { Review = null, Submission = returned.Submission! with { Status = ReviewStatus.Suspended, Supplement = supplement, Opinion = null } },
            TemplateList = CaseSamples.Templates(),
        };
        var cut = RenderPage(cases);

        var text = cut.Find(".case-review .review-supplement").TextContent;
        Assert.Contains("限 2026-12-01 前补充", text, StringComparison.Ordinal);
        Assert.Contains("当事人营业执照复印件", text, StringComparison.Ordinal);
        Assert.Equal("补充材料后重新提交", cut.Find(".review-submit").TextContent.Trim());
    }
}
