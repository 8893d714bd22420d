using System.Globalization;
using System.Net;
using SanXiang.Web.Tests.Uploads;

namespace SanXiang.Web.Tests.Hostile.Uploads;

/// <summary>Issue 12, item 9: 500 uploads of a declared 4 GiB were created in 0.6 s with nothing reserved.</summary>
[Trait("Suite", "Hostile")]
[Collection(HostileUploadsCollection.Name)]
public sealed class UploadQuotaShould(HostileUploadsFactory factory)
{
    [Fact]
    public async Task ReserveTheDeclaredLengthAndRefuseAnUploadBeyondTheUsersQuota()
    {
        // This test's user alone: the collection's host allows each user three uploads of the largest size.
        var tus = await TusClient.SignedInAsync(factory.CreateClient(), "gengma-yjj.officer");
        for (var i = 0; i < 3; i++)
        {
            await tus.CreatedAsync(UploadAppFactory.MaxSize);
        }

        using var refused = await tus.CreateAsync(1);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal("UPLOAD_QUOTA_EXCEEDED", refused.ErrorCode());
        Assert.Contains("上限", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SayWhenAnUnfinishedUploadExpires()
    {
        var tus = await TusClient.SignedInAsync(factory.CreateClient(), "xuchang.officer");
        using var options = await factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Options, "/files"));

        using var created = await tus.CreateAsync(100);
        var expires = DateTimeOffset.ParseExact(created.Header("Upload-Expires")!, "r", CultureInfo.InvariantCulture);

        Assert.Contains("expiration", options.Header("Tus-Extension")!.Split(','));
        Assert.InRange(expires, DateTimeOffset.UtcNow.AddHours(23), DateTimeOffset.UtcNow.AddHours(25));
    }
}
