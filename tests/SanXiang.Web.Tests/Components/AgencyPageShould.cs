using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Silo.Agencies;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Supervision;
using SanXiang.Silo.Plans;
using SanXiang.Web.Components.Data;
using SanXiang.Web.Components.Pages;

namespace SanXiang.Web.Tests.Components;

public sealed class AgencyPageShould : ConsoleTestContext
{
    private static AgencyView Found(bool canEdit, string? creditCode = null) => new(
        AgencyViewStatus.Found,
        "xuchang",
        new Agency(Samples.Xuchang(creditCode), [new OrgUnit("市司法局", "牵头推进")], new LeadingGroup("领导小组", "市司法局", [new LeadingGroupMember(LeadingGroupRole.Head, null, "市长")]), null),
        Samples.Henan(),
        canEdit);

    private IRenderedComponent<AgencyPage> RenderPage(FakeConsoleData data)
    {
        Services.AddSingleton<IConsoleData>(data);
        RenderPopoverProvider();
        return Render<AgencyPage>(p => p.Add(a => a.Tenant, data.View.TenantId));
    }

    [Fact]
    public void SayInChineseThatAnUnknownAgencyIsNotFound()
    {
        var cut = RenderPage(new FakeConsoleData(AgencyView.NotFound("nowhere")));

        Assert.Contains("未找到机关“nowhere”", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void RefuseAnAgencyTheUserMayNotSee()
    {
        var cut = RenderPage(new FakeConsoleData(AgencyView.Forbidden("xuchang")));

        Assert.Contains("无权访问", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("许昌市人民政府", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowTheProfileLeadingGroupAndParentLink()
    {
        var cut = RenderPage(new FakeConsoleData(Found(canEdit: false)));

        Assert.Contains("许昌市人民政府", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("人民政府（综合）", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("组长", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("市长", cut.Markup, StringComparison.Ordinal);
        Assert.Contains(cut.FindAll("a"), a => a.GetAttribute("href") == "/t/henan-gov" && a.TextContent.Contains("河南省人民政府", StringComparison.Ordinal));
    }

    [Fact]
    public void ShowTheAgencysOwnIndicatorsEachLinkedToTheRecordsItCounts()
    {
        Services.AddSingleton<IPlanConsoleData>(new FakePlanConsoleData(null) { AgencyCounts = new EnforcementCounts(8, 6, 20, 19, 1, 0, 0) });

        var cut = RenderPage(new FakeConsoleData(Found(canEdit: false)));

        var disclosure = cut.Find(".agency-indicator[data-indicator=disclosure-timeliness]");
        Assert.Contains("75.0%", disclosure.TextContent, StringComparison.Ordinal);
        Assert.Equal("/t/xuchang/disclosures", disclosure.QuerySelector("a.indicator-records")!.GetAttribute("href"));
        Assert.Contains("持证率（19 / 20）", cut.Find(".agency-indicator[data-indicator=certification]").TextContent, StringComparison.Ordinal);
        Assert.Equal("/t/xuchang/officers", cut.Find(".agency-indicator[data-indicator=reviewer-share] a").GetAttribute("href"));
        Assert.Equal("—", cut.Find(".agency-indicator[data-indicator=case-file-pass] .rollup-value").TextContent.Trim());
    }

    [Fact]
    public void NameTheSupervisingDepartmentToTheAgencysAdministratorNotItsId()
    {
        var cut = RenderPage(new FakeConsoleData(Found(canEdit: true)));
        cut.Find(".profile-edit").Click();

        Assert.Equal("河南省人民政府", cut.Find(".profile-parent input").GetAttribute("value"));
        Assert.DoesNotContain("henan-gov", cut.Find(".profile-parent").OuterHtml, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".profile-parent-id"));
    }

    [Fact]
    public void HideTheEditorFromUsersWhoMayNotEdit()
    {
        var cut = RenderPage(new FakeConsoleData(Found(canEdit: false)));

        Assert.DoesNotContain("修改机关信息", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".profile-edit, .settings-link"));
    }

    [Fact]
    public async Task LetThePlatformAdministratorChooseTheParentByNameFromTheDirectory()
    {
        var sft = Samples.Henan() with { Id = "henan-sft", Name = "河南省司法厅" };
        var data = new FakeConsoleData(Found(canEdit: true) with { CanEditStructure = true }) { Agencies = [Samples.Henan(), sft, Samples.Xuchang()] };
        var cut = RenderPage(data);
        cut.Find(".profile-edit").Click();
        Assert.Equal("河南省人民政府", cut.Find(".profile-parent-picker input").GetAttribute("value"));
        Assert.Empty(cut.FindAll(".profile-parent-id"));

        var picker = cut.FindComponent<MudBlazor.MudAutocomplete<AgencyProfile>>();
        await cut.InvokeAsync(() => picker.Instance.SelectOptionAsync(sft));
        cut.FindAll("button").First(b => b.TextContent.Contains("保存", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.Equal("henan-sft", Assert.Single(data.Saved).ParentId));
    }

    [Fact]
    public void OpenTheProfileEditorOnlyOnEdit()
    {
        var cut = RenderPage(new FakeConsoleData(Found(canEdit: true)));

        Assert.DoesNotContain("修改机关信息", cut.Markup, StringComparison.Ordinal);
        cut.Find(".profile-edit").Click();
        Assert.Contains("修改机关信息", cut.Markup, StringComparison.Ordinal);
        cut.Find(".profile-close").Click();
        Assert.DoesNotContain("修改机关信息", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("/t/xuchang/settings", cut.Find("a.settings-link").GetAttribute("href"));
    }

    [Fact]
    public void ShowTheSavedProfileAfterAnEdit()
    {
        var data = new FakeConsoleData(Found(canEdit: true));
        var cut = RenderPage(data);
        cut.Find(".profile-edit").Click();

        cut.Find(".credit-code-input input").Change("11411000005184617D");
        cut.FindAll("button").First(b => b.TextContent.Contains("保存", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.Contains("校验位不符", cut.Find(".credit-warning").TextContent, StringComparison.Ordinal));
        Assert.Equal("11411000005184617D", Assert.Single(data.Saved).CreditCode);
    }

    [Fact]
    public void ShowTheGrainsChineseReasonWhenAnEditIsRefusedAndKeepTheSavedProfile()
    {
        var data = new FakeConsoleData(Found(canEdit: true))
        {
            RefuseUpdateWith = new SanXiangException(ErrorCodes.ValidationFailed, "行政区划代码“41”应为 6 位数字。"),
        };
        var cut = RenderPage(data);
        cut.Find(".profile-edit").Click();

        cut.FindAll("button").First(b => b.TextContent.Contains("保存", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.Contains("应为 6 位数字", cut.Find(".profile-error").TextContent, StringComparison.Ordinal));
        Assert.Empty(data.Saved);
        Assert.Equal("许昌市人民政府", data.View.Agency!.Profile.Name);
    }
}
