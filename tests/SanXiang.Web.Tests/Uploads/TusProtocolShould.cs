using System.Net;
using System.Security.Cryptography;

namespace SanXiang.Web.Tests.Uploads;

[Collection(UploadCollection.Name)]
public sealed class TusProtocolShould(UploadAppFactory factory)
{
    private const string Officer = "xuchang.officer";

    // The smallest file whose first bytes can show it is what it claims to be.
    private const int MediaHeadLength = 16;

    [Fact]
    public async Task AdvertiseVersionExtensionsLimitAndChecksumsOnOptions()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/files");
        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("1.0.0", Header(response, "Tus-Resumable"));
        Assert.Equal("1.0.0", Header(response, "Tus-Version"));
        Assert.Equal("creation,checksum,termination,expiration", Header(response, "Tus-Extension"));
        Assert.Equal(UploadAppFactory.MaxSize.ToString(System.Globalization.CultureInfo.InvariantCulture), Header(response, "Tus-Max-Size"));
        Assert.Equal("sha1,sha256,md5", Header(response, "Tus-Checksum-Algorithm"));
    }

    [Fact]
    public async Task CreateAnUploadWithLocationAndReportOffsetZero()
    {
        var tus = await TusClient.SignedInAsync(factory.CreateClient(), Officer);

        using var created = await tus.CreateAsync(1000);
        var path = TusClient.PathOf(created);
        using var head = await tus.HeadAsync(path);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("1.0.0", Header(created, "Tus-Resumable"));
        Assert.Matches("^/files/[0-9a-f]{32}$", path);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("0", Header(head, "Upload-Offset"));
        Assert.Equal("1000", Header(head, "Upload-Length"));
        Assert.Equal(TusClient.Metadata(TusClient.Evidence), Header(head, "Upload-Metadata"));
        Assert.Equal("no-store", head.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task AcceptChunksAndRecordTheSm3OfTheWholeFile()
    {
        var tus = await TusClient.SignedInAsync(factory.CreateClient(), Officer);
        var data = SampleFiles.Mp4(3 * 1024 * 1024 + 17);
        var path = await tus.CreatedAsync(data.Length);

        await tus.SendAllAsync(path, data, 0, 1024 * 1024);
        var record = await tus.RecordAsync(path);

        Assert.Equal(data.Length, await tus.OffsetAsync(path));
        var sm3 = record["upload"]!["sm3"]!.GetValue<string>();
        Assert.Equal(SampleFiles.Sm3Hex(data), sm3);
        Assert.Null(record["upload"]!["sha256"]);
        Assert.Equal($"blobs/sm3/{sm3[..2]}/{sm3}", record["upload"]!["blobPath"]!.GetValue<string>());
        Assert.Equal(data, await File.ReadAllBytesAsync(Path.Combine(factory.DataDir, "blobs", "sm3", sm3[..2], sm3)));
        Assert.Equal("video/mp4", record["upload"]!["mediaType"]!.GetValue<string>());
        Assert.Equal("音像", record["upload"]!["metadata"]!["kind"]!.GetValue<string>());
        Assert.Equal("xuchang", record["upload"]!["tenant"]!.GetValue<string>());
    }

    [Fact]
    public async Task RefuseAWrongOffsetWithConflict()
    {
        var tus = await TusClient.SignedInAsync(factory.CreateClient(), Officer);
        var path = await tus.CreatedAsync(100);
        await tus.SendAllAsync(path, new byte[10], 0, 10);

        using var response = await tus.PatchAsync(path, 5, new byte[10]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("UPLOAD_OFFSET_MISMATCH", Header(response, "X-SanXiang-Error"));
        Assert.Equal(10, await tus.OffsetAsync(path));
    }

    [Fact]
    public async Task DropAChunkWhoseChecksumFailsAndKeepTheOffset()
    {
        var tus = await TusClient.SignedInAsync(factory.CreateClient(), Officer);
        var data = SampleFiles.Mp4(2048);
        var path = await tus.CreatedAsync(data.Length);
        await tus.SendAllAsync(path, data[..1024], 0, 1024);
        var wrong = "sha1 " + Convert.ToBase64String(SHA1.HashData(new byte[1024]));

        using var refused = await tus.PatchAsync(path, 1024, data.AsMemory(1024), wrong);
        var offsetAfterRefusal = await tus.OffsetAsync(path);
        var partLength = new FileInfo(Path.Combine(factory.DataDir, "uploads", "xuchang", path["/files/".Length..] + ".part")).Length;
        using var accepted = await tus.PatchAsync(path, 1024, data.AsMemory(1024), "sha256 " + Convert.ToBase64String(SHA256.HashData(data.AsSpan(1024))));
        var record = await tus.RecordAsync(path);

        Assert.Equal(460, (int)refused.StatusCode);
        Assert.Equal("CHECKSUM_MISMATCH", Header(refused, "X-SanXiang-Error"));
        Assert.Contains("校验和", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1024, offsetAfterRefusal);
        Assert.Equal(1024, partLength);
        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        Assert.Equal(SampleFiles.Sm3Hex(data), record["upload"]!["sm3"]!.GetValue<string>());
    }

    [Fact]
    public async Task RefuseAnUnknownChecksumAlgorithm()
    {
        var tus = await TusClient.SignedInAsync(factory.CreateClient(), Officer);
        var path = await tus.CreatedAsync(4);

        using var response = await tus.PatchAsync(path, 0, new byte[4], "crc32 AAAAAA==");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("CHECKSUM_UNSUPPORTED", Header(response, "X-SanXiang-Error"));
    }

    [Fact]
    public async Task RefuseAFileOverTheSizeLimitWithAReason()
    {
        var tus = await TusClient.SignedInAsync(factory.CreateClient(), Officer);

        using var response = await tus.CreateAsync(UploadAppFactory.MaxSize + 1);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("UPLOAD_TOO_LARGE", Header(response, "X-SanXiang-Error"));
        Assert.Contains("超过上限", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefuseBytesBeyondTheDeclaredLengthAndAppendNothing()
    {
        var tus = await TusClient.SignedInAsync(factory.CreateClient(), Officer);
        var path = await tus.CreatedAsync(10);

        using var response = await tus.PatchAsync(path, 0, new byte[11]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("UPLOAD_EXCEEDS_LENGTH", Header(response, "X-SanXiang-Error"));
        Assert.Equal(0, await tus.OffsetAsync(path));
    }

    [Theory]
    [InlineData("../etc/passwd")]
    [InlineData("证据/照片.jpg")]
    [InlineData("C:\\temp\\a.jpg")]
    [InlineData("..")]
    [InlineData("a\u0001b.jpg")]
    public async Task RefuseAFileNameWithPathSegmentsOrControlCharactersInChinese(string fileName)
    {
        var tus = await TusClient.SignedInAsync(factory.CreateClient(), Officer);
        var metadata = new Dictionary<string, string>(TusClient.Evidence) { ["filename"] = fileName };

        using var response = await tus.CreateAsync(10, metadata);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("FILENAME_INVALID", Header(response, "X-SanXiang-Error"));
        Assert.StartsWith("文件名无效：文件名不得包含", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefuseAnUnknownKindOfRecord()
    {
        var tus = await TusClient.SignedInAsync(factory.CreateClient(), Officer);
        var metadata = new Dictionary<string, string>(TusClient.Evidence) { ["kind"] = "其他" };

        using var response = await tus.CreateAsync(10, metadata);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("METADATA_INVALID", Header(response, "X-SanXiang-Error"));
    }

    [Fact]
    public async Task RefuseARequestWithoutTusResumable()
    {
        var token = await TusClient.TokenAsync(factory.CreateClient(), Officer);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/files");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("Upload-Length", "10");

        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("1.0.0", Header(response, "Tus-Version"));
        Assert.Equal("TUS_VERSION_UNSUPPORTED", Header(response, "X-SanXiang-Error"));
    }

    [Fact]
    public async Task RefuseAnAnonymousUpload()
    {
        var tus = new TusClient(factory.CreateClient(), token: null, tenant: "xuchang");

        using var response = await tus.CreateAsync(10);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("UNAUTHENTICATED", Header(response, "X-SanXiang-Error"));
        Assert.Equal("1.0.0", Header(response, "Tus-Resumable"));
    }

    [Fact]
    public async Task HideAnUploadFromAnotherUser()
    {
        var owner = await TusClient.SignedInAsync(factory.CreateClient(), Officer);
        var other = await TusClient.SignedInAsync(factory.CreateClient(), "xuchang.reviewer");
        var path = await owner.CreatedAsync(10);

        using var head = await other.HeadAsync(path);
        using var patch = await other.PatchAsync(path, 0, new byte[10]);
        using var get = await other.Http.SendAsync(other.Request(HttpMethod.Get, path));

        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, patch.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(0, await owner.OffsetAsync(path));
    }

    [Fact]
    public async Task RefuseATenantTheUserCannotSee()
    {
        var tus = await TusClient.SignedInAsync(factory.CreateClient(), "xintian-scjg.officer", tenant: "xuchang");

        using var response = await tus.CreateAsync(10);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("TENANT_FORBIDDEN", Header(response, "X-SanXiang-Error"));
    }

    [Fact]
    public async Task RefuseAPatchThatIsNotAnOffsetStream()
    {
        var tus = await TusClient.SignedInAsync(factory.CreateClient(), Officer);
        var path = await tus.CreatedAsync(4);
        using var request = tus.Request(HttpMethod.Patch, path);
        request.Headers.Add("Upload-Offset", "0");
        request.Content = new ByteArrayContent(new byte[4]);
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");

        using var response = await tus.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task StoreAnIdenticalFileOnce()
    {
        var tus = await TusClient.SignedInAsync(factory.CreateClient(), Officer);
        var data = SampleFiles.Mp4(100_000);
        var first = await tus.CreatedAsync(data.Length);
        var second = await tus.CreatedAsync(data.Length);

        await tus.SendAllAsync(first, data, 0, data.Length);
        await tus.SendAllAsync(second, data, 0, 40_000);
        var a = (await tus.RecordAsync(first))["upload"]!;
        var b = (await tus.RecordAsync(second))["upload"]!;

        Assert.NotEqual(first, second);
        Assert.Equal(a["blobPath"]!.GetValue<string>(), b["blobPath"]!.GetValue<string>());
        Assert.True(File.Exists(Path.Combine(factory.DataDir, a["blobPath"]!.GetValue<string>())));
        Assert.False(File.Exists(Path.Combine(factory.DataDir, "uploads", "xuchang", second["/files/".Length..] + ".part")));
    }

    [Fact]
    public async Task TerminateAnUnfinishedUploadButKeepAFinishedOne()
    {
        var tus = await TusClient.SignedInAsync(factory.CreateClient(), Officer);
        var unfinished = await tus.CreatedAsync(10);
        var finished = await tus.CreatedAsync(MediaHeadLength);
        await tus.SendAllAsync(finished, SampleFiles.Mp4(MediaHeadLength), 0, MediaHeadLength);

        using var terminated = await tus.Http.SendAsync(tus.Request(HttpMethod.Delete, unfinished));
        using var gone = await tus.HeadAsync(unfinished);
        using var kept = await tus.Http.SendAsync(tus.Request(HttpMethod.Delete, finished));

        Assert.Equal(HttpStatusCode.NoContent, terminated.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, kept.StatusCode);
        Assert.Equal("UPLOAD_COMPLETED", Header(kept, "X-SanXiang-Error"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : throw new Xunit.Sdk.XunitException($"响应没有 {name} 头（{(int)response.StatusCode}）。");
}
