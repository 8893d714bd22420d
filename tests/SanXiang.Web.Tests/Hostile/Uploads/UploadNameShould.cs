using System.Net;
using SanXiang.Web.Tests.Uploads;

namespace SanXiang.Web.Tests.Hostile.Uploads;

/// <summary>Issue 12, item 16: look-alike slashes, right-to-left overrides, <c>CON</c> and a lone space were accepted as upload names.</summary>
[Trait("Suite", "Hostile")]
[Collection(HostileUploadsCollection.Name)]
public sealed class UploadNameShould(HostileUploadsFactory factory)
{
    [Theory]
    [InlineData("证据\u2215照片.jpg")]
    [InlineData("证据\uFF0F照片.jpg")]
    [InlineData("证据\u2044照片.jpg")]
    [InlineData("证据\uFF3C照片.jpg")]
    [InlineData("现场\u202Egpj.exe")]
    [InlineData("现场\u2067照片.jpg")]
    [InlineData("现场\u200B照片.jpg")]
    [InlineData("CON")]
    [InlineData("con.mp4")]
    [InlineData("COM1.jpg")]
    [InlineData(" ")]
    [InlineData(" 照片.jpg")]
    [InlineData("照片.jpg.")]
    public async Task RefuseANameThatPosesAsSomethingElse(string fileName)
    {
        var tus = await TusClient.SignedInAsync(factory.CreateClient(), "xuchang.officer");

        using var response = await tus.CreateAsync(100, new Dictionary<string, string>(TusClient.Evidence) { ["filename"] = fileName });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("FILENAME_INVALID", response.ErrorCode());
        Assert.StartsWith("文件名无效：", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("现场检查（一）.mp4")]
    [InlineData("2026-03-01 询问笔录 第2页.pdf")]
    [InlineData("CONSOLE.txt")]
    public async Task AcceptAnOrdinaryChineseName(string fileName)
    {
        var tus = await TusClient.SignedInAsync(factory.CreateClient(), "xuchang.officer");

        using var response = await tus.CreateAsync(100, new Dictionary<string, string>(TusClient.Evidence) { ["filename"] = fileName });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
