using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Errors;
using SanXiang.Plugins;
using SanXiang.Silo.Officers;
using SanXiang.Silo.Agencies;
using SanXiang.Web.Components.Data;
using SanXiang.Web.Components.Pages;

namespace SanXiang.Web.Tests.Components.Cases;

/// <summary>The case page's legal review: its state as the case holds it, the handler's resubmission after 存在问题, and the reviewer's seven-point opinion.</summary>
public sealed class ReviewPanelShould : ConsoleTestContext
{
    private static readonly Officer Zhao = new("43110009", "赵敏", "法制机构", null, "43110009", [EnforcementCategory.Penalty], null, new DateOnly(2024, 1, 1), new DateOnly(2030, 12, 31), OfficerStatus.Active, true, true);

    private IRenderedComponent<CasePage> RenderPage(FakeCaseConsoleData cases, Officer? signedIn = null)
    {
        var view = new AgencyView(AgencyViewStatus.Found, "xintian-scjg", new Agency(CaseSamples.Xintian(), [], null, null), CanEdit: true);
        Services.AddSingleton<IConsoleData>(new FakeConsoleData(view) { Today = CaseSamples.Today, Officers = [CaseSamples.Zhang, CaseSamples.Li], SignedIn = signedIn });
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
    public void LetTheReviewerFillTheSevenPointsAndShowThemInTheOpinion()
    {
        var cases = new FakeCaseConsoleData { Case = ReviewSamples.Pending(), TemplateList = CaseSamples.Templates(), Abilities = new(CanOpen: false, CanAct: true, CanReview: true) };
        var cut = RenderPage(cases, Zhao);

        Assert.Contains("赵敏（43110009）", cut.Find(".review-opinion-form").TextContent, StringComparison.Ordinal);
        Assert.Equal(7, cut.FindAll(".review-check-input").Count);
        foreach (var check in ReviewSamples.Checklist())
        {
            cut.Find($".review-check-{check.Point} .finding-{check.Finding} input").Click();
            cut.Find($".review-check-{check.Point} .review-check-note input").Change(check.Note);
        }

        cut.Find(".outcome-HasProblems input").Click();
        cut.Find(".review-reasons textarea").Change("罚款数额的裁量理由不充分");
        cut.Find(".review-record").Click();

        cut.WaitForAssertion(() => Assert.Equal("已退回（存在问题）", cut.Find(".case-review .review-status").TextContent.Trim()));
        var sent = Assert.Single(cases.Opinions);
        Assert.Equal(ReviewOutcome.HasProblems, sent.Outcome);
        Assert.Equal(ReviewSamples.Checklist(), sent.Checklist);
        Assert.Equal(ReviewSamples.Proposal.Hash, sent.ProposalHash);
        Assert.Empty(cut.FindAll(".review-opinion-form"));
        var discretion = cut.Find(".review-checklist .review-check[data-point=LawAndDiscretion]");
        Assert.Contains("存在问题", discretion.TextContent, StringComparison.Ordinal);
        Assert.Contains("罚款数额明显高于裁量基准", discretion.TextContent, StringComparison.Ordinal);
        Assert.Equal(7, cut.FindAll(".review-checklist .review-check").Count);
    }

    [Fact]
    public void OfferADeactivatedReviewerNoOpinionFormButSayWhy()
    {
        var cases = new FakeCaseConsoleData { Case = ReviewSamples.Pending(), TemplateList = CaseSamples.Templates(), Abilities = new(CanOpen: false, CanAct: true, CanReview: true) };
        var cut = RenderPage(cases, Zhao with { Status = OfficerStatus.Inactive, Deactivation = new OfficerDeactivation("调任其他单位", new DateOnly(2026, 10, 1)) });

        Assert.Empty(cut.FindAll(".review-opinion-form"));
        Assert.Contains("“赵敏”已停用", cut.Find(".review-opinion-refused").TextContent, StringComparison.Ordinal);
        Assert.Empty(cases.Opinions);
    }

    [Fact]
    public void ShowEveryRefusedPointBesideItsField()
    {
        var problems = new FieldProblem[]
        {
            new("checklist.CrimeTransfer.finding", "请选择第7项“违法行为是否涉嫌犯罪、需要移送司法机关”的审核结论。"),
            new("checklist.CrimeTransfer.note", "请填写第7项“违法行为是否涉嫌犯罪、需要移送司法机关”的审核说明。"),
            new("checklist.Documents.note", "请填写第6项“执法文书是否完备、规范”的审核说明。"),
            new("outcome", "请选择审核意见：“同意”或“存在问题”。"),
        };
        var cases = new FakeCaseConsoleData
        {
            Case = ReviewSamples.Pending(),
            TemplateList = CaseSamples.Templates(),
            Abilities = new(CanOpen: false, CanAct: true, CanReview: true),
            Refusal = new SanXiangException(ErrorCodes.ReviewChecklistIncomplete, "审核要点未逐项审核或与审核意见不符：…。", problems),
        };
        var cut = RenderPage(cases, Zhao);

        cut.Find(".review-record").Click();

        cut.WaitForAssertion(() => Assert.Contains("审核要点未逐项审核", cut.Find(".review-opinion-error").TextContent, StringComparison.Ordinal));
        Assert.Contains("第7项", cut.Find(".review-check-CrimeTransfer .review-finding-error").TextContent, StringComparison.Ordinal);
        Assert.Contains("审核说明", cut.Find(".review-check-CrimeTransfer .mud-input-helper-text").TextContent, StringComparison.Ordinal);
        Assert.Contains("第6项", cut.Find(".review-check-Documents .mud-input-helper-text").TextContent, StringComparison.Ordinal);
        Assert.Contains("请选择审核意见", cut.Find(".review-outcome-error").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".review-check-LawfulProcedure .review-finding-error"));
        Assert.Empty(cases.Opinions);
        Assert.Equal("审核中", cut.Find(".case-review .review-status").TextContent.Trim());
    }

    [Fact]
    public void OfferTheOpinionFormToNobodyButTheAgencysReviewers()
    {
        var cut = RenderPage(new FakeCaseConsoleData { Case = ReviewSamples.Pending(), TemplateList = CaseSamples.Templates() });

        Assert.Empty(cut.FindAll(".review-opinion-form"));
    }

    [Fact]
    public void RecordTheLeadersDiscussionWhenTheHandlerDisagreesAndShowIt()
    {
        var cases = new FakeCaseConsoleData { Case = ReviewSamples.Returned(), TemplateList = CaseSamples.Templates() };
        var cut = RenderPage(cases);

        cut.Find(".discussion-date input").Change("2026-11-27");
        cut.Find(".discussion-handler textarea").Change("当事人拒不配合调查，罚款二十万元并无不当");
        string[][] people = [["周正", "局长", "同意承办机构意见"], ["刘敏", "分管副局长", "同意按拟作出的决定处罚"]];
        for (var i = 0; i < people.Length; i++)
        {
            cut.Find($".discussion-attendee-{i} .discussion-attendee-name input").Change(people[i][0]);
            cut.Find($".discussion-attendee-{i} .discussion-attendee-role input").Change(people[i][1]);
            cut.Find($".discussion-attendee-{i} .discussion-attendee-opinion input").Change(people[i][2]);
        }

        cut.Find(".decision-Proceed input").Click();
        cut.Find(".discussion-conclusion textarea").Change("经集体讨论，决定按拟作出的决定作出行政处罚决定");
        cut.Find(".discussion-record").Click();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".case-discussion")));
        var sent = Assert.Single(cases.Discussions);
        Assert.Equal(new DateOnly(2026, 11, 27), sent.HeldOn);
        Assert.Equal(["周正", "刘敏"], sent.Attendees.Select(a => a.Name));
        Assert.Equal(DiscussionDecision.Proceed, sent.Decision);
        Assert.Equal(ReviewSamples.Proposal.Hash, sent.ProposalHash);
        var shown = cut.Find(".case-discussion").TextContent;
        Assert.Contains("2026-11-27 集体讨论：按拟作出的决定作出处罚决定", shown, StringComparison.Ordinal);
        Assert.Contains("分管副局长", shown, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".discussion-form"));
    }

    [Fact]
    public void ShowTheRefusalOfADiscussionBesideItsFields()
    {
        var cases = new FakeCaseConsoleData
        {
            Case = ReviewSamples.Returned(),
            TemplateList = CaseSamples.Templates(),
            Refusal = new SanXiangException(ErrorCodes.ValidationFailed, "请列明至少2名参加人员。", [new FieldProblem("attendees", "集体讨论须由本机关负责人集体进行，请列明至少2名参加人员。"), new FieldProblem("attendees[0].opinion", "请记录“周正”的意见。"), new FieldProblem("decision", "请选择讨论决定。")]),
        };
        var cut = RenderPage(cases);

        cut.Find(".discussion-date input").Change("2026-11-27");
        cut.Find(".discussion-attendee-0 .discussion-attendee-name input").Change("周正");
        cut.Find(".discussion-record").Click();

        cut.WaitForAssertion(() => Assert.Contains("至少2名", cut.Find(".discussion-attendees-error").TextContent, StringComparison.Ordinal));
        Assert.Contains("周正", cut.Find(".discussion-attendee-0 .discussion-attendee-opinion .mud-input-helper-text").TextContent, StringComparison.Ordinal);
        Assert.Contains("请选择讨论决定", cut.Find(".discussion-decision-error").TextContent, StringComparison.Ordinal);
        Assert.Empty(cases.Discussions);
    }

    [Fact]
    public void OfferNoDiscussionWhileTheReviewIsWithTheReviewer() =>
        Assert.Empty(RenderPage(new FakeCaseConsoleData { Case = ReviewSamples.Pending(), TemplateList = CaseSamples.Templates() }).FindAll(".discussion-form"));

    [Fact]
    public void LetTheHeadExtendTheTimeLimitOnceAndShowTheExtension()
    {
        var cases = new FakeCaseConsoleData { Case = ReviewSamples.Pending(), TemplateList = CaseSamples.Templates(), Abilities = new(CanOpen: true, CanAct: true, CanApprove: true) };
        var cut = RenderPage(cases);

        cut.Find(".review-extension-reason input").Change("案情复杂，需进一步核实证据");
        cut.Find(".review-extend").Click();

        cut.WaitForAssertion(() => Assert.Contains("经负责人批准延长 5 个工作日", cut.Find(".case-review .review-extension").TextContent, StringComparison.Ordinal));
        Assert.Equal([(5, "案情复杂，需进一步核实证据")], cases.Extensions);
        Assert.Empty(cut.FindAll(".review-extension-form"));
    }

    [Fact]
    public void OfferTheExtensionToNobodyButTheHead() =>
        Assert.Empty(RenderPage(new FakeCaseConsoleData { Case = ReviewSamples.Pending(), TemplateList = CaseSamples.Templates() }).FindAll(".review-extension-form"));

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
