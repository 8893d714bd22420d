using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Domain.Agencies;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Agencies;
using SanXiang.Web.Components.Data;
using SanXiang.Web.Components.Pages;

namespace SanXiang.Web.Tests.Components;

public sealed class AgencySettingsPageShould : ConsoleTestContext
{
    private static AgencyView Found(bool canEdit, IReadOnlyDictionary<string, string>? defaults = null) =>
        new(AgencyViewStatus.Found, "xuchang", new Agency(Samples.Xuchang(), [], null, null), null, canEdit, DocumentDefaults: defaults);

    private IRenderedComponent<AgencySettingsPage> RenderPage(FakeConsoleData data)
    {
        Services.AddSingleton<IConsoleData>(data);
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        RenderPopoverProvider();
        return Render<AgencySettingsPage>(p => p.Add(a => a.Tenant, "xuchang"));
    }

    [Fact]
    public void SaveTheDocumentDefaultsAndTheAgencyCode()
    {
        var data = new FakeConsoleData(Found(canEdit: true, new Dictionary<string, string> { [DocumentDefaultFields.Court] = "许昌市魏都区人民法院" }));
        var cut = RenderPage(data);
        Assert.Equal("许昌市魏都区人民法院", cut.Find($".default-{DocumentDefaultFields.Court} input").GetAttribute("value"));

        cut.Find($".default-{DocumentDefaultFields.PaymentBank} input").Change("许昌市非税收入汇缴结算户");
        cut.Find(".default-document-code input").Change("许政");
        cut.Find(".document-defaults-save").Click();

        cut.WaitForAssertion(() => Assert.Contains("已保存", cut.Find(".document-defaults-saved").TextContent, StringComparison.Ordinal));
        Assert.Equal("许昌市非税收入汇缴结算户", data.View.DocumentDefaults![DocumentDefaultFields.PaymentBank]);
        Assert.Equal("许昌市魏都区人民法院", data.View.DocumentDefaults[DocumentDefaultFields.Court]);
        Assert.Equal("许政", Assert.Single(data.Saved).DocumentCode);
        Assert.Equal("/t/xuchang/review-catalog", cut.Find("a.settings-review-catalog-link").GetAttribute("href"));
    }

    [Fact]
    public void ShowEachRefusedDefaultBesideItsField()
    {
        var data = new FakeConsoleData(Found(canEdit: true))
        {
            RefuseDefaultsWith = new SanXiangException(ErrorCodes.ValidationFailed, "缴款银行：过长；管辖人民法院：含有不允许的字符。", [
                new FieldProblem(DocumentDefaultFields.PaymentBank, "缴款银行：过长"),
                new FieldProblem(DocumentDefaultFields.Court, "管辖人民法院：含有不允许的字符")]),
        };
        var cut = RenderPage(data);

        cut.Find(".document-defaults-save").Click();

        cut.WaitForAssertion(() => Assert.Contains("缴款银行：过长", cut.Find($".default-{DocumentDefaultFields.PaymentBank}").TextContent, StringComparison.Ordinal));
        Assert.Contains("含有不允许的字符", cut.Find($".default-{DocumentDefaultFields.Court}").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("过长", cut.Find($".default-{DocumentDefaultFields.ReconsiderationBody}").TextContent, StringComparison.Ordinal);
        Assert.Empty(data.Saved);
    }

    [Fact]
    public void OfferNoFormToThoseWhoMayNotEdit()
    {
        var cut = RenderPage(new FakeConsoleData(Found(canEdit: false)));

        Assert.Empty(cut.FindAll(".document-defaults-form"));
        Assert.Contains("由本机关管理员维护", cut.Find(".settings-forbidden").TextContent, StringComparison.Ordinal);
    }
}
