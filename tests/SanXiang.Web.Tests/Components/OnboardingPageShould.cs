using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Web.Components.Data;
using SanXiang.Web.Components.Pages;
using SanXiang.Web.Onboarding;

namespace SanXiang.Web.Tests.Components;

public sealed class OnboardingPageShould : ConsoleTestContext
{
    private static readonly OnboardedAgency Changge = new("org-x1", "长葛市市场监督管理局", 2, "长葛市市场监督管理局全面推行三项制度实施方案");

    private IRenderedComponent<OnboardingPage> RenderPage(FakeOnboardingData data)
    {
        Services.AddSingleton<IOnboardingConsoleData>(data);
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        RenderPopoverProvider();
        return Render<OnboardingPage>(p => p.Add(o => o.Tenant, "henan-sft"));
    }

    [Fact]
    public void TellSomeoneWhoIsNoSupervisorOfTheDepartmentThatHeCannotImport()
    {
        var cut = RenderPage(new FakeOnboardingData(null));

        Assert.Contains("只有上级机关的监督人员可以导入下级机关", cut.Find(".onboarding-forbidden").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("input[type=file]"));
    }

    [Fact]
    public void ListEveryBadRowBySheetRowAndColumnAfterTheUpload()
    {
        var data = new FakeOnboardingData("河南省司法厅")
        {
            Checked = OnboardingResult.Failed(true,
            [
                new OnboardingError("机关", 4, "层级", "IMPORT_ROW_INVALID", "层级“区级”无效，应为省级、市级、县级或乡镇级。"),
                new OnboardingError("执法人员", 7, null, "IMPORT_ROW_INVALID", "证件编号为空"),
            ]),
        };
        var cut = RenderPage(data);

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary([1, 2, 3], "下级机关.xlsx"));

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll(".onboarding-errors tbody tr").Count));
        var rows = cut.FindAll(".onboarding-errors tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains("第 4 行", rows[0], StringComparison.Ordinal);
        Assert.Contains("层级“区级”无效", rows[0], StringComparison.Ordinal);
        Assert.Contains("—", rows[1], StringComparison.Ordinal);
        Assert.DoesNotContain("IMPORT_", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".onboarding-confirm"));
        var call = Assert.Single(data.Calls);
        Assert.Equal(("xuchang", true, "下级机关.xlsx"), (call.TemplateId, call.DryRun, call.Files[0].FileName));
    }

    [Fact]
    public void ImportAfterACleanCheckAndLinkToTheNewAgencies()
    {
        var data = new FakeOnboardingData("河南省司法厅")
        {
            Checked = new OnboardingResult(true, [Changge], []),
            Imported = new OnboardingResult(false, [Changge], []),
        };
        var cut = RenderPage(data);
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary([1, 2, 3], "下级机关.xlsx"));
        cut.WaitForAssertion(() => Assert.Contains("校验通过：将导入 1 个机关、2 名执法人员", cut.Find(".onboarding-checked").TextContent, StringComparison.Ordinal));

        cut.Find(".onboarding-confirm").Click();

        cut.WaitForAssertion(() => Assert.Contains("已导入 1 个机关、2 名执法人员", cut.Find(".onboarding-imported").TextContent, StringComparison.Ordinal));
        Assert.Equal("/t/org-x1", cut.Find(".onboarded-agencies a").GetAttribute("href"));
        Assert.Equal([true, false], data.Calls.Select(c => c.DryRun));
    }

    [Fact]
    public void ShowEachProblemOfANewAgencyBesideItsFieldAndLinkToItOnceCreated()
    {
        var refused = new FakeOnboardingData("河南省司法厅")
        {
            Created = OnboardingResult.Failed(false,
            [
                new OnboardingError("机关", 2, "统一社会信用代码", "IMPORT_DUPLICATE", "统一社会信用代码“11410000MB0000001X”已由“许昌市司法局”使用。"),
                new OnboardingError("机关", 2, "行政区划代码", "IMPORT_ROW_INVALID", "行政区划代码应为 6 位数字。"),
            ]),
        };
        var cut = RenderPage(refused);
        cut.Find(".new-agency-name input").Change("长葛市市场监督管理局");

        cut.Find(".new-agency-submit").Click();

        cut.WaitForAssertion(() => Assert.Contains("已由“许昌市司法局”使用", cut.Find(".new-agency-code").TextContent, StringComparison.Ordinal));
        Assert.Contains("应为 6 位数字", cut.Find(".new-agency-region").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".new-agency-problem"));
        Assert.DoesNotContain("IMPORT_", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("长葛市市场监督管理局", Assert.Single(refused.Creations).Name);
    }

    [Fact]
    public void LinkToTheNewAgencyOnceCreated()
    {
        var cut = RenderPage(new FakeOnboardingData("河南省司法厅") { Created = new OnboardingResult(false, [Changge], []) });

        cut.Find(".new-agency-submit").Click();

        cut.WaitForAssertion(() => Assert.Equal("/t/org-x1", cut.Find(".new-agency-created a").GetAttribute("href")));
        Assert.Contains("已新增 长葛市市场监督管理局", cut.Find(".new-agency-created").TextContent, StringComparison.Ordinal);
    }
}
