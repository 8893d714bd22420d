using SanXiang.Domain.Errors;
using SanXiang.Plugins;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Officers;
using SanXiang.Web.Components.Data;
using SanXiang.Web.Components.Pages;
using SanXiang.Web.Officers;

namespace SanXiang.Web.Tests.Components;

public sealed class OfficersPageShould : ConsoleTestContext
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static Officer Officer(string name, string certificate, DateOnly validTo, bool reviewer = false, OfficerStatus status = OfficerStatus.Active) =>
        new(certificate, name, "执法支队", "执法队员", certificate, [EnforcementCategory.Penalty], "许昌市", new DateOnly(2024, 1, 1), validTo, status, reviewer, HasLegalQualification: false);

    private static FakeConsoleData Data(bool canEdit, params Officer[] officers) =>
        new(new AgencyView(AgencyViewStatus.Found, "xuchang", new Agency(Samples.Xuchang(), [], null, null), CanEdit: canEdit))
        {
            Today = Today,
            Officers = [.. officers],
        };

    private IRenderedComponent<OfficersPage> RenderPage(FakeConsoleData data)
    {
        Services.AddSingleton<IConsoleData>(data);
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        RenderPopoverProvider();
        return Render<OfficersPage>(p => p.Add(o => o.Tenant, "xuchang"));
    }

    [Fact]
    public void ListOfficersWithTheirStatusAndCategoriesInChinese()
    {
        var cut = RenderPage(Data(
            canEdit: false,
            Officer("张三", "A1", new DateOnly(2028, 12, 31)),
            Officer("李四", "A2", new DateOnly(2026, 1, 31)),
            Officer("王五", "A3", new DateOnly(2028, 12, 31), status: OfficerStatus.Suspended)));

        Assert.Equal(3, cut.FindAll(".officer-table tbody tr").Count);
        Assert.Equal(["有效", "已过期", "暂扣"], cut.FindAll(".officer-status").Select(c => c.TextContent.Trim()));
        Assert.Contains("行政处罚", cut.Find(".officer-table").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void WarnWhenReviewersAreFewerThanFivePercentAndAtLeastOne()
    {
        var cut = RenderPage(Data(canEdit: false, Officer("张三", "A1", new DateOnly(2028, 12, 31))));

        var alert = cut.Find(".reviewer-staffing").TextContent;
        Assert.Contains("应配备 1 名", alert, StringComparison.Ordinal);
        Assert.Contains("尚缺 1 名", alert, StringComparison.Ordinal);
    }

    [Fact]
    public void FlagAReviewerWithoutTheLegalQualification()
    {
        var cut = RenderPage(Data(canEdit: false, Officer("张三", "A1", new DateOnly(2028, 12, 31), reviewer: true)));

        Assert.Contains("已达到要求", cut.Find(".reviewer-staffing").TextContent, StringComparison.Ordinal);
        Assert.Contains("无法律职业资格", cut.Find(".qualification-warning").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void FindAnOfficerByCertificateNumber()
    {
        var cut = RenderPage(Data(canEdit: false, Officer("张三", "41100020260001", new DateOnly(2028, 12, 31)), Officer("李四", "41100020260002", new DateOnly(2028, 12, 31))));

        cut.Find(".officer-search input").Input("20260002");

        cut.WaitForAssertion(() => Assert.Contains("李四", Assert.Single(cut.FindAll(".officer-table tbody tr")).TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void LetOfficersViewButNotAddOrImport()
    {
        var cut = RenderPage(Data(canEdit: false));

        Assert.Empty(cut.FindAll(".officer-form"));
        Assert.Empty(cut.FindAll(".officer-import"));
    }

    [Fact]
    public void AddAnOfficerAndListThem()
    {
        var data = Data(canEdit: true);
        var cut = RenderPage(data);

        cut.Find(".officer-name input").Change("赵六");
        cut.Find(".officer-unit input").Change("执法支队");
        cut.Find(".officer-certificate input").Change("41100020260009");
        cut.Find(".officer-valid-from input").Change("2026-01-01");
        cut.Find(".officer-valid-to input").Change("2030-12-31");
        cut.Find(".officer-category-Penalty input").Change(true);
        cut.Find(".officer-add").Click();

        cut.WaitForAssertion(() => Assert.Contains("赵六", cut.Find(".officer-table tbody").TextContent, StringComparison.Ordinal));
        var added = Assert.Single(data.Officers);
        Assert.Equal([EnforcementCategory.Penalty], added.Categories);
        Assert.Equal(new DateOnly(2030, 12, 31), added.ValidTo);
    }

    [Fact]
    public void ShowTheRefusalOfAnAdd()
    {
        var cut = RenderPage(Data(canEdit: true));

        cut.Find(".officer-valid-from input").Change("2026-01-01");
        cut.Find(".officer-valid-to input").Change("2030-12-31");
        cut.Find(".officer-add").Click();

        cut.WaitForAssertion(() => Assert.Contains("证件编号为空", cut.Find(".officer-error").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void ListTheRowErrorsOfARefusedImport()
    {
        var data = new FakeConsoleData(Data(canEdit: true).View)
        {
            ImportResult = new OfficerImportResult(0, [new ImportError(5, "证件编号为空"), new ImportError(7, "姓名为空")]),
        };
        var cut = RenderPage(data);

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary([1, 2, 3], "officers.xlsx"));

        cut.WaitForAssertion(() => Assert.Equal(
            ["第 5 行：证件编号为空", "第 7 行：姓名为空"],
            cut.FindAll(".import-errors .mud-list-item").Select(e => e.TextContent.Trim())));
        Assert.Equal("officers.xlsx", Assert.Single(data.Imports).FileName);
        Assert.Equal([1, 2, 3], data.Imports[0].Content);
    }

    [Fact]
    public void EmptyTheFormCheckboxesIncludedAfterAnAdd()
    {
        var data = Data(canEdit: true);
        var cut = RenderPage(data);

        cut.Find(".officer-name input").Change("赵六");
        cut.Find(".officer-unit input").Change("执法支队");
        cut.Find(".officer-certificate input").Change("41100020260009");
        cut.Find(".officer-valid-from input").Change("2026-01-01");
        cut.Find(".officer-valid-to input").Change("2030-12-31");
        cut.Find(".officer-category-Penalty input").Change(true);
        cut.Find(".officer-reviewer input").Change(true);
        cut.Find(".officer-qualification input").Change(true);
        Assert.True(cut.Find(".officer-reviewer input").HasAttribute("checked"));
        cut.Find(".officer-add").Click();

        cut.WaitForAssertion(() => Assert.Single(data.Officers));
        Assert.True(data.Officers[0].IsReviewer);
        Assert.All(cut.FindAll(".officer-form input[type=text], .officer-form input:not([type])"), input => Assert.True(string.IsNullOrEmpty(input.GetAttribute("value")), input.OuterHtml));
        Assert.All(cut.FindAll(".officer-form input[type=checkbox]"), box => Assert.False(box.HasAttribute("checked"), box.OuterHtml));
        Assert.Contains("已添加执法人员“赵六”", cut.Find(".officer-form").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void LinkTheSignInAccountGivenWithTheOfficer()
    {
        var data = Data(canEdit: true);
        var cut = RenderPage(data);

        cut.Find(".officer-name input").Change("赵六");
        cut.Find(".officer-unit input").Change("执法支队");
        cut.Find(".officer-certificate input").Change("41100020260009");
        cut.Find(".officer-valid-from input").Change("2026-01-01");
        cut.Find(".officer-valid-to input").Change("2030-12-31");
        cut.Find(".officer-account input").Change(" xuchang.officer ");
        cut.Find(".officer-add").Click();

        cut.WaitForAssertion(() => Assert.Equal("xuchang.officer", data.LinkedAccounts["41100020260009"]));
    }

    [Fact]
    public void NameBothDatesOfAnAddBesideTheirFieldsAtOnce()
    {
        var data = Data(canEdit: true);
        var cut = RenderPage(data);

        cut.Find(".officer-name input").Change("赵六");
        cut.Find(".officer-valid-to input").Change("明年");
        cut.Find(".officer-add").Click();

        cut.WaitForAssertion(() => Assert.Contains("请填写有效期起", cut.Find(".officer-form .officer-valid-from").TextContent, StringComparison.Ordinal));
        Assert.Contains("有效期止应为日期", cut.Find(".officer-form .officer-valid-to").TextContent, StringComparison.Ordinal);
        Assert.Empty(data.Officers);
    }

    [Fact]
    public void EditAnOfficerFromTheirRow()
    {
        var data = Data(canEdit: true, Officer("张三", "A1", new DateOnly(2028, 12, 31)));
        var cut = RenderPage(data);

        cut.Find(".officer-table .officer-edit").Click();
        Assert.Equal("张三", cut.Find(".officer-edit-form .officer-name input").GetAttribute("value"));
        Assert.True(cut.Find(".officer-edit-form .officer-certificate input").HasAttribute("readonly"));
        cut.Find(".officer-edit-form .officer-name input").Change("张三丰");
        cut.Find(".officer-edit-form .officer-reviewer input").Change(true);
        cut.Find(".officer-save").Click();

        cut.WaitForAssertion(() => Assert.Contains("已保存执法人员“张三丰”", cut.Find(".officer-notice").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll(".officer-edit-form"));
        Assert.Equal(("张三丰", true), (data.Officers[0].Name, data.Officers[0].IsReviewer));
        Assert.Contains("已达到要求", cut.Find(".reviewer-staffing").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowEveryProblemOfARefusedEditBesideItsField()
    {
        var data = new FakeConsoleData(Data(canEdit: true).View)
        {
            Officers = [Officer("张三", "A1", new DateOnly(2028, 12, 31))],
            RefuseOfficerChangeWith = new SanXiangException(ErrorCodes.ValidationFailed, "姓名为空；有效期止早于有效期起。", [new FieldProblem("name", "姓名为空"), new FieldProblem("validTo", "有效期止早于有效期起")]),
        };
        var cut = RenderPage(data);

        cut.Find(".officer-table .officer-edit").Click();
        cut.Find(".officer-save").Click();

        cut.WaitForAssertion(() => Assert.Contains("姓名为空", cut.Find(".officer-edit-form .officer-name").TextContent, StringComparison.Ordinal));
        Assert.Contains("有效期止早于有效期起", cut.Find(".officer-edit-form .officer-valid-to").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("姓名为空", cut.Find(".officer-edit-form .officer-unit").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void DeactivateAnOfficerWithAReasonAndLeaveTheirRowWithoutActions()
    {
        var data = Data(canEdit: true, Officer("张三", "A1", new DateOnly(2028, 12, 31), reviewer: true), Officer("李四", "A2", new DateOnly(2028, 12, 31)));
        var cut = RenderPage(data);

        cut.FindAll(".officer-table .officer-deactivate")[0].Click();
        Assert.Equal("2026-11-23", cut.Find(".officer-deactivate-on input").GetAttribute("value"));
        cut.Find(".officer-deactivate-reason textarea").Change("调离本机关");
        cut.Find(".officer-deactivate-confirm").Click();

        cut.WaitForAssertion(() => Assert.Equal(["已停用", "有效"], cut.FindAll(".officer-status").Select(c => c.TextContent.Trim())));
        Assert.Contains("2026-11-23 停用：调离本机关", cut.Find(".officer-deactivation").TextContent, StringComparison.Ordinal);
        Assert.Single(cut.FindAll(".officer-table .officer-deactivate"));
        Assert.Contains("尚缺 1 名", cut.Find(".reviewer-staffing").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowTheRefusalOfADeactivationBesideItsField()
    {
        var data = new FakeConsoleData(Data(canEdit: true).View)
        {
            Officers = [Officer("张三", "A1", new DateOnly(2028, 12, 31))],
            RefuseOfficerChangeWith = new SanXiangException(ErrorCodes.ValidationFailed, "请写明停用原因。", [new FieldProblem("reason", "请写明停用原因。")]),
        };
        var cut = RenderPage(data);

        cut.Find(".officer-table .officer-deactivate").Click();
        cut.Find(".officer-deactivate-confirm").Click();

        cut.WaitForAssertion(() => Assert.Contains("请写明停用原因", cut.Find(".officer-deactivate-reason").TextContent, StringComparison.Ordinal));
        Assert.Equal(OfficerStatus.Active, data.Officers[0].Status);
    }

    [Fact]
    public void RenewACertificateAndShowTheNewValidity()
    {
        var data = Data(canEdit: true, Officer("张三", "A1", new DateOnly(2026, 12, 1)));
        var cut = RenderPage(data);
        Assert.Equal("即将到期", cut.Find(".officer-status").TextContent.Trim());

        cut.Find(".officer-table .officer-renew").Click();
        cut.Find(".renewal-valid-from input").Change("2026-11-23");
        cut.Find(".renewal-valid-to input").Change("2031-12-01");
        cut.Find(".certificate-renew-confirm").Click();

        cut.WaitForAssertion(() => Assert.Equal("有效", cut.Find(".officer-status").TextContent.Trim()));
        Assert.Contains("有效期至 2031-12-01", cut.Find(".officer-notice").TextContent, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 1), Assert.Single(data.Officers[0].PastTerms).ValidTo);
    }

    [Fact]
    public void OfferNoRowActionsToThoseWhoCannotEdit()
    {
        var cut = RenderPage(Data(canEdit: false, Officer("张三", "A1", new DateOnly(2028, 12, 31))));

        Assert.Empty(cut.FindAll(".officer-edit, .officer-deactivate, .officer-renew"));
    }
}
