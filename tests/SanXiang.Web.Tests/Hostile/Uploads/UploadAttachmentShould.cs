using System.Net;
using SanXiang.Web.Tests.Cases;
using SanXiang.Web.Tests.Uploads;

namespace SanXiang.Web.Tests.Hostile.Uploads;

/// <summary>Issue 12, item 17: a zero-byte upload was accepted as evidence, and one upload could be attached thousands of times.</summary>
[Trait("Suite", "Hostile")]
[Collection(CasesCollection.Name)]
public sealed class UploadAttachmentShould(CasesAppFactory factory)
{
    private const string AddEvidence = "mutation($i: AddEvidenceInput!) { addEvidence(input: $i) { id } }";

    private static readonly Dictionary<string, string> Photo = new()
    {
        ["filename"] = "进货单据.jpg",
        ["filetype"] = "image/jpeg",
        ["kind"] = "证据",
    };

    [Fact]
    public async Task RefuseAnEmptyFileAsARecord()
    {
        var api = await CaseApi.SignedInAsync(factory, PenaltyCaseWalk.Officer);
        var tus = new TusClient(api.Http, api.Token, CaseApi.Tenant);

        using var response = await tus.CreateAsync(0, Photo);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("UPLOAD_EMPTY", response.ErrorCode());
        Assert.Contains("空文件", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AttachAnUploadOnceAndRefuseEveryLaterAttachment()
    {
        var admin = await CaseApi.SignedInAsync(factory, "xintian-scjg.admin");
        string[] team = [await admin.AddOfficerAsync("冯敬"), await admin.AddOfficerAsync("陈默")];
        var api = await CaseApi.SignedInAsync(factory, PenaltyCaseWalk.Officer);
        var caseId = CaseApi.Id(await api.OpenCaseAsync(team));
        var otherCaseId = CaseApi.Id(await api.OpenCaseAsync(team));
        var upload = await api.UploadAsync(SampleFiles.Jpeg(4000, seed: 17), Photo);
        object Input(string target) => new { i = new { tenantId = CaseApi.Tenant, caseId = target, uploadId = upload, stepId = "filing", description = "进货单据照片" } };

        var first = await api.PostAsync(AddEvidence, Input(caseId));
        var again = await api.PostAsync(AddEvidence, Input(caseId));
        var elsewhere = await api.PostAsync(AddEvidence, Input(otherCaseId));

        Assert.True(first.Codes.Count == 0, first.ToString());
        Assert.Equal(["UPLOAD_CONSUMED"], again.Codes);
        Assert.Equal(["UPLOAD_CONSUMED"], elsewhere.Codes);
        Assert.Contains("只能登记一次", elsewhere.FirstMessage, StringComparison.Ordinal);
        Assert.Equal(2, await api.EventCountAsync(caseId));
        Assert.Equal(1, await api.EventCountAsync(otherCaseId));
    }

    [Fact]
    public async Task GiveAnUploadBackWhenTheCaseRefusesIt()
    {
        var admin = await CaseApi.SignedInAsync(factory, "xintian-scjg.admin");
        string[] team = [await admin.AddOfficerAsync("韩梅"), await admin.AddOfficerAsync("蒋涛")];
        var api = await CaseApi.SignedInAsync(factory, PenaltyCaseWalk.Officer);
        var caseId = CaseApi.Id(await api.OpenCaseAsync(team));
        var upload = await api.UploadAsync(SampleFiles.Jpeg(4000, seed: 18), Photo);

        var wrongStep = await api.PostAsync(AddEvidence, new { i = new { tenantId = CaseApi.Tenant, caseId, uploadId = upload, stepId = "no-such-step", description = "进货单据照片" } });
        var retried = await api.PostAsync(AddEvidence, new { i = new { tenantId = CaseApi.Tenant, caseId, uploadId = upload, stepId = "filing", description = "进货单据照片" } });

        Assert.NotEmpty(wrongStep.Codes);
        Assert.True(retried.Codes.Count == 0, retried.ToString());
    }
}
