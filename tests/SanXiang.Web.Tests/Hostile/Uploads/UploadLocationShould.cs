using System.Net;
using SanXiang.Web.Tests.Uploads;

namespace SanXiang.Web.Tests.Hostile.Uploads;

/// <summary>Issue 12, item 12: <c>POST /files</c> with <c>Host: evil.example</c> answered <c>Location: http://evil.example/files/…</c>.</summary>
[Trait("Suite", "Hostile")]
[Collection(HostileUploadsCollection.Name)]
public sealed class UploadLocationShould(HostileUploadsFactory factory)
{
    [Fact]
    public async Task NeverBuildTheLocationFromTheRequestsHost()
    {
        var tus = await TusClient.SignedInAsync(factory.CreateClient(), "xuchang.officer");
        using var request = tus.Request(HttpMethod.Post, "/files");
        request.Headers.Host = "evil.example";
        request.Headers.Add("Upload-Length", "100");
        request.Headers.Add("Upload-Metadata", TusClient.Metadata(TusClient.Evidence));

        using var response = await tus.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.False(response.Headers.Location!.IsAbsoluteUri);
        Assert.Matches("^/files/[0-9a-f]{32}$", response.Headers.Location.OriginalString);
    }
}
