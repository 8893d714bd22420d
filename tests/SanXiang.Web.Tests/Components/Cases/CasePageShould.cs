using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Silo.Agencies;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;
using SanXiang.Domain.Errors;
using SanXiang.Web.Components.Data;
using SanXiang.Web.Components.Pages;

namespace SanXiang.Web.Tests.Components.Cases;

public sealed class CasePageShould : ConsoleTestContext
{
    private IRenderedComponent<CasePage> RenderPage(FakeCaseConsoleData cases)
    {
        var view = new AgencyView(AgencyViewStatus.Found, "xintian-scjg", new Agency(CaseSamples.Xintian(), [], null, null), CanEdit: true);
        Services.AddSingleton<IConsoleData>(new FakeConsoleData(view) { Today = CaseSamples.Today, Officers = [CaseSamples.Zhang, CaseSamples.Li, CaseSamples.Wang] });
        Services.AddSingleton<ICaseConsoleData>(cases);
        // The page marks when it is live (RendererInfo.IsInteractive) for browser tests.
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        RenderPopoverProvider();
        Render<MudBlazor.MudSnackbarProvider>();
        return Render<CasePage>(p => p.Add(c => c.Tenant, "xintian-scjg").Add(c => c.Id, "2026-0001"));
    }

    private static FakeCaseConsoleData Investigation(bool optionalCurrent = false) => new()
    {
        Case = CaseSamples.Investigation(optionalCurrent),
        TemplateList = CaseSamples.Templates(),
    };

    [Fact]
    public void ShowTheStepsInProcedureOrderWithTheirStates()
    {
        var cut = RenderPage(Investigation());

        Assert.Equal(["filing", "investigation", "notification"], cut.FindAll(".case-timeline [data-step]").Select(s => s.GetAttribute("data-step")));
        Assert.Equal("已完成", cut.Find(".case-step-filing .step-state").TextContent.Trim());
        Assert.Equal("当前环节", cut.Find(".case-step-investigation .step-state").TextContent.Trim());
        Assert.Contains("暂定", cut.Find(".case-deadlines").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AskWhyTheRecordingTheEngineFindsMissingIsMissingAndSendTheReason()
    {
        var cases = Investigation();
        cases.Case = cases.Case! with { Steps = [.. cases.Case.Steps.Select(s => s with { RequiredDocuments = [.. s.RequiredDocuments.Select(d => d with { Present = true })] })] };
        var cut = RenderPage(cases);

        cut.Find(".step-av-reason textarea").Change("执法记录仪故障，已拍照替代");
        cut.Find(".step-complete").Click();

        cut.WaitForAssertion(() => Assert.Equal(["complete investigation [43110001,43110002] 执法记录仪故障，已拍照替代"], cases.Commands));
    }

    [Fact]
    public void ShowTheServicesRefusalInChinese()
    {
        var cases = Investigation();
        cases.Case = cases.Case! with { Steps = [.. cases.Case.Steps.Select(s => s with { RequiredDocuments = [.. s.RequiredDocuments.Select(d => d with { Present = true })], Av = AvRequirementView.None })] };
        cases.Refusal = new SanXiangException(ErrorCodes.OfficerNotCertified, "执法人员“李华”的执法证件已过期，不能办理本案。");
        var cut = RenderPage(cases);

        cut.Find(".step-complete").Click();

        cut.WaitForAssertion(() => Assert.Equal("执法人员“李华”的执法证件已过期，不能办理本案。", cut.Find(".step-error").TextContent.Trim()));
        Assert.DoesNotContain("Exception", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowTheEnginesRefusalToSkipWithoutAReasonAndClearItOnceTheSkipSucceeds()
    {
        var cases = Investigation(optionalCurrent: true);
        cases.Refusal = new SanXiangException(ErrorCodes.ValidationFailed, "跳过环节“证据先行登记保存”须写明理由。");
        var cut = RenderPage(cases);

        cut.Find(".step-skip").Click();
        cut.WaitForAssertion(() => Assert.Contains("须写明理由", cut.Find(".step-error").TextContent, StringComparison.Ordinal));

        cut.Find(".step-skip-reason-input input").Change("证据不存在灭失风险");
        cut.Find(".step-skip").Click();

        cut.WaitForAssertion(() => Assert.Equal(["skip evidence-preservation 证据不存在灭失风险"], cases.Commands));
        Assert.Empty(cut.FindAll(".step-error"));
    }

    [Fact]
    public void PrefillADocumentWithTheCasesFactsAndShowItsNumber()
    {
        var cases = Investigation();
        var cut = RenderPage(cases);

        Assert.Equal("新田县市场监督管理局", cut.Find(".document-field[data-field=agency_name] input").GetAttribute("value"));
        Assert.Equal("新田县某某食品超市有限公司", cut.Find(".document-field[data-field=party_name] input").GetAttribute("value"));
        Assert.Equal("2026年11月23日", cut.Find(".document-field[data-field=date] input").GetAttribute("value"));

        cut.Find(".document-issue").Click();
        Assert.Contains("请填写：地点", cut.Find(".document-error").TextContent, StringComparison.Ordinal);

        cut.Find(".document-field[data-field=place] input").Change("新田县龙泉镇新华路18号");
        cut.Find(".document-issue").Click();

        cut.WaitForAssertion(() => Assert.Contains("已制作《现场笔录》", cut.Find(".document-issued").TextContent, StringComparison.Ordinal));
        var (kind, fields) = Assert.Single(cases.Issued);
        Assert.Equal("on-site-record", kind);
        Assert.Equal("新田县龙泉镇新华路18号", fields["place"]);
        Assert.Contains("现场笔录", cut.Find(".case-step-investigation").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void SayWhichEventBrokeTheChain()
    {
        var cases = Investigation();
        cases.Verification = new CaseVerification(false, 2, "HASH_MISMATCH", "第 2 条事件的内容与其哈希不符。");
        var cut = RenderPage(cases);

        cut.Find(".verify-button").Click();

        cut.WaitForAssertion(() => Assert.Contains("第 2 条事件校验失败（HASH_MISMATCH）", cut.Find(".verify-bad").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void SayTheRecordIsIntact()
    {
        var cut = RenderPage(Investigation());

        cut.Find(".verify-button").Click();

        cut.WaitForAssertion(() => Assert.Contains("完整", cut.Find(".verify-ok").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void SayInChineseThatAnUnknownCaseIsNotFound()
    {
        var cut = RenderPage(new FakeCaseConsoleData());

        Assert.Contains("未找到案件“2026-0001”", cut.Find(".case-error").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderNoStepFormForThoseWhoMayOnlyRead()
    {
        var cases = Investigation();
        cases.Abilities = CaseAbilities.ReadOnly;
        var cut = RenderPage(cases);

        Assert.Empty(cut.FindAll(".step-form"));
        Assert.Equal(3, cut.FindAll(".case-timeline [data-step]").Count);
    }

    [Fact]
    public void NameThePeopleInTheRecordNotTheirAccounts()
    {
        var cases = Investigation();
        cases.Events.Add(new CaseEventView(1, "CaseOpened", CaseSamples.At, "xintian-scjg.officer", "{}", [], "0", "ab12"));
        cases.People["xintian-scjg.officer"] = "张明（43110001）";
        var cut = RenderPage(cases);

        Assert.Equal("张明（43110001）", cut.Find(".case-events .event-actor").TextContent.Trim());
        Assert.Contains("由 张明（43110001） 办理", cut.Find(".case-step-filing .step-done").TextContent, StringComparison.Ordinal);
        Assert.Contains("张明（43110001）", cut.Find(".case-step-filing .step-document").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("xintian-scjg.officer", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void LeaveNoRedMessageOfAStepOnceItIsDoneAndTheNextBegins()
    {
        var cases = Investigation();
        var cut = RenderPage(cases);
        cut.Find(".document-issue").Click();
        cases.Refusal = new SanXiangException(ErrorCodes.ValidationFailed, "本环节还缺少：现场笔录、询问笔录。");
        cut.Find(".step-complete").Click();
        cut.WaitForAssertion(() => Assert.Contains("本环节还缺少", cut.Find(".step-error").TextContent, StringComparison.Ordinal));
        Assert.Single(cut.FindAll(".document-error"));

        cases.Case = cases.Case! with
        {
            Steps = [.. cases.Case.Steps.Select(s => s.Id == "investigation" ? s with { State = StepState.Completed, CompletedAt = CaseSamples.At, CompletedBy = "xintian-scjg.officer" } : s)],
            CurrentStepId = "notification",
        };
        cut.Find(".step-complete").Click();

        cut.WaitForAssertion(() => Assert.Equal("notification", cut.Find(".step-form").GetAttribute("data-step")));
        Assert.Empty(cut.FindAll(".step-error, .document-error, .upload-error"));
    }
}
