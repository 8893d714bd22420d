using Microsoft.Extensions.DependencyInjection;
using SanXiang.Domain.Errors;
using SanXiang.Web.Officers;

namespace SanXiang.Web.Tests.Cases;

/// <summary>An account signs in as one of its agency's officers once linked: the console finds their cases and names them in the record.</summary>
[Collection(CasesCollection.Name)]
public sealed class AccountOfficersShould(CasesAppFactory factory)
{
    [Fact]
    public async Task FindTheOfficerALinkedAccountSignsInAsAndNameThemInTheRecord()
    {
        var admin = await CaseApi.SignedInAsync(factory, "xintian-scjg.admin");
        string[] team = [await admin.AddOfficerAsync("邓超"), await admin.AddOfficerAsync("孙俪")];
        var people = factory.Services.GetRequiredService<AccountOfficers>();
        await people.RequireLinkableAsync(PenaltyCaseWalk.Officer, CaseApi.Tenant);
        await people.LinkAsync(PenaltyCaseWalk.Officer, CaseApi.Tenant, team[0]);

        var officer = await people.OfficerOfAsync(PenaltyCaseWalk.Officer, CaseApi.Tenant);
        var names = await people.NamesAsync(CaseApi.Tenant, [PenaltyCaseWalk.Officer, "xintian-scjg.admin", PenaltyCaseWalk.Officer]);

        Assert.Equal("邓超", officer?.Name);
        Assert.Equal($"邓超（{team[0]}）", names[PenaltyCaseWalk.Officer]);
        Assert.Equal("新田县市场监督管理局机关管理员（演示）", names["xintian-scjg.admin"]);
        Assert.Equal(2, names.Count);
    }

    [Fact]
    public async Task FindNoOfficerForAnAccountNobodyLinked() =>
        Assert.Null(await factory.Services.GetRequiredService<AccountOfficers>().OfficerOfAsync(await CaseApi.NewAccountAsync(factory), CaseApi.Tenant));

    [Fact]
    public async Task SignTheDemoReviewerInAsTheAgencysDemoLegalReviewer()
    {
        var officer = await factory.Services.GetRequiredService<AccountOfficers>().OfficerOfAsync("xintian-scjg.reviewer", CaseApi.Tenant);

        Assert.Equal("演示审核员", officer?.Name);
        Assert.Equal("法制机构", officer?.Unit);
        Assert.True(officer?.IsReviewer);
        Assert.True(officer?.HasLegalQualification);
    }

    [Fact]
    public async Task RefuseASecondOfficerForAnAccountAndAddNeither()
    {
        var admin = await CaseApi.SignedInAsync(factory, "xintian-scjg.admin");
        var account = await CaseApi.NewAccountAsync(factory, "Officer");
        var first = await admin.AddOfficerAsync("韩梅", username: account);

        var second = await admin.PostAsync(
            "mutation($i: AddOfficerInput!) { addOfficer(input: $i) { id } }",
            new { i = new { tenantId = CaseApi.Tenant, name = "韩雪", unit = "执法大队", certificateNumber = "CASE-TWICE-2", categories = new[] { "行政处罚" }, validFrom = "2025-01-01", validTo = "2030-12-31", isReviewer = false, hasLegalQualification = false, username = account } });
        var listed = await admin.PostAsync("query($t: ID!) { officers(tenantId: $t) { certificateNumber } }", new { t = CaseApi.Tenant });
        var demo = await Assert.ThrowsAsync<SanXiangException>(() => factory.Services.GetRequiredService<AccountOfficers>().RequireLinkableAsync("xintian-scjg.reviewer", CaseApi.Tenant));

        Assert.Equal([ErrorCodes.AccountAlreadyLinked], second.Codes);
        Assert.Contains(first, second.FirstMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(listed.Data!["officers"]!.AsArray(), o => o!["certificateNumber"]!.GetValue<string>() == "CASE-TWICE-2");
        Assert.Equal(first, (await factory.Services.GetRequiredService<AccountOfficers>().OfficerOfAsync(account, CaseApi.Tenant))?.Id);
        Assert.Equal(ErrorCodes.AccountAlreadyLinked, demo.Code);
    }

    [Fact]
    public async Task RefuseToLinkAnAccountOfAnotherAgencyOrNoAccountAtAll()
    {
        var people = factory.Services.GetRequiredService<AccountOfficers>();

        var foreign = await Assert.ThrowsAsync<SanXiangException>(() => people.RequireLinkableAsync("yuxi-sfj.officer", CaseApi.Tenant));
        var unknown = await Assert.ThrowsAsync<SanXiangException>(() => people.RequireLinkableAsync("nobody.here", CaseApi.Tenant));

        Assert.Equal(ErrorCodes.ValidationFailed, foreign.Code);
        Assert.Contains("不属于本机关", foreign.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.NotFound, unknown.Code);
    }

    [Fact]
    public async Task RefuseALegalReviewerOpeningACaseWhileAnOfficerMay()
    {
        var admin = await CaseApi.SignedInAsync(factory, "xintian-scjg.admin");
        string[] team = [await admin.AddOfficerAsync("钱进"), await admin.AddOfficerAsync("赵敏")];
        var reviewer = await CaseApi.SignedInAsync(factory, "xintian-scjg.reviewer");
        var officer = await CaseApi.SignedInAsync(factory, PenaltyCaseWalk.Officer);

        var refused = await reviewer.TryOpenCaseAsync(team);
        var opened = await officer.TryOpenCaseAsync(team);

        Assert.Equal([ErrorCodes.Forbidden], refused.Codes);
        Assert.Contains("法制审核人员不能立案", refused.FirstMessage, StringComparison.Ordinal);
        Assert.Empty(opened.Codes);
    }
}
