using System.Net;
using SanXiang.Web.Tests.Uploads;

namespace SanXiang.Web.Tests.Hostile.Uploads;

/// <summary>Issue 12, item 8: a declared type that smuggled a header was stored and then broke the download for good.</summary>
[Trait("Suite", "Hostile")]
[Collection(HostileUploadsCollection.Name)]
public sealed class UploadMediaTypesShould(HostileUploadsFactory factory)
{
    [Theory]
    [InlineData("text/html\r\nX-Evil: 1")]
    [InlineData("text/html")]
    [InlineData("image/svg+xml")]
    [InlineData("application/xhtml+xml")]
    [InlineData("video/mp4; codecs=\"avc1\"")]
    public async Task RefuseADeclaredTypeOffTheListInChinese(string fileType)
    {
        var tus = await TusClient.SignedInAsync(factory.CreateClient(), "xuchang.officer");

        using var response = await tus.CreateAsync(100, new Dictionary<string, string>(TusClient.Evidence) { ["filetype"] = fileType });

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("FILETYPE_NOT_ALLOWED", response.ErrorCode());
        var message = await response.Content.ReadAsStringAsync();
        Assert.Contains("不接受文件类型", message, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancelAnUploadWhoseFirstBytesAreNotTheDeclaredType()
    {
        var tus = await TusClient.SignedInAsync(factory.CreateClient(), "xuchang.officer");
        var page = "<html><body><script>alert(document.cookie)</script></body></html>"u8.ToArray();
        var path = await tus.CreatedAsync(page.Length, new Dictionary<string, string>(TusClient.Evidence) { ["filename"] = "照片.jpg", ["filetype"] = "image/jpeg" });

        using var patch = await tus.PatchAsync(path, 0, page);
        using var head = await tus.HeadAsync(path);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, patch.StatusCode);
        Assert.Equal("CONTENT_TYPE_MISMATCH", patch.ErrorCode());
        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
    }

    [Fact]
    public async Task KeepAnUndeclaredFileAsWhatItsContentShows()
    {
        var tus = await TusClient.SignedInAsync(factory.CreateClient(), "xuchang.officer");
        var photo = SampleFiles.Jpeg(5000);
        var undeclared = new Dictionary<string, string>(TusClient.Evidence) { ["filename"] = "现场.jpg", ["filetype"] = "application/octet-stream" };
        var page = "<html><script>alert(1)</script></html>"u8.ToArray();

        var photoPath = await tus.CreatedAsync(photo.Length, undeclared);
        await tus.SendAllAsync(photoPath, photo, 0, photo.Length);
        var pagePath = await tus.CreatedAsync(page.Length, undeclared);
        await tus.SendAllAsync(pagePath, page, 0, page.Length);

        Assert.Equal("image/jpeg", (await tus.RecordAsync(photoPath))["upload"]!["mediaType"]!.GetValue<string>());
        Assert.Equal("application/octet-stream", (await tus.RecordAsync(pagePath))["upload"]!["mediaType"]!.GetValue<string>());
    }
}
