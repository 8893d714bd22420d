using System.Net;
using SanXiang.Web.Tests.Uploads;

namespace SanXiang.Web.Tests.Hostile.Uploads;

/// <summary>Issue 12, item 15: a read-only supervisor could create uploads in a subordinate agency.</summary>
[Trait("Suite", "Hostile")]
[Collection(HostileUploadsCollection.Name)]
public sealed class UploadPermissionShould(HostileUploadsFactory factory)
{
    [Fact]
    public async Task LetASupervisingDepartmentReadButNotUploadIntoASubordinateAgency()
    {
        var supervisor = await TusClient.SignedInAsync(factory.CreateClient(), "xintian-sfj.supervisor", tenant: "xintian-scjg");

        using var response = await supervisor.CreateAsync(100);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("TENANT_READ_ONLY", response.ErrorCode());
        Assert.Contains("只有查阅权限", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
