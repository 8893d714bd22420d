using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace SanXiang.Web.Tests.Uploads;

/// <summary>Speaks tus 1.0 to the test host by hand, so each header and status is visible in the tests.</summary>
public sealed class TusClient(HttpClient http, string? token, string? tenant)
{
    public const string Demo = "SanXiang@2026";

    public static readonly IReadOnlyDictionary<string, string> Evidence = new Dictionary<string, string>
    {
        ["filename"] = "现场检查.mp4",
        ["filetype"] = "video/mp4",
        ["kind"] = "音像",
        ["step"] = "现场检查",
        ["device"] = "执法记录仪 DSJ-01",
        ["recordedAt"] = "2026-03-01T09:30:00+08:00",
        ["officer"] = "张三",
    };

    public HttpClient Http => http;

    public static async Task<string> TokenAsync(HttpClient http, string userName, string password = Demo)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var response = await http.PostAsJsonAsync("/graphql", new
        {
            query = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }",
            variables = new { u = userName, p = password },
        });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["data"]!["login"]!["token"]!.GetValue<string>();
    }

    public static async Task<TusClient> SignedInAsync(HttpClient http, string userName, string? tenant = null) =>
        new(http, await TokenAsync(http, userName), tenant);

    public static string Metadata(IReadOnlyDictionary<string, string> pairs) =>
        string.Join(',', pairs.Select(p => $"{p.Key} {Convert.ToBase64String(Encoding.UTF8.GetBytes(p.Value))}"));

    public async Task<HttpResponseMessage> CreateAsync(long length, IReadOnlyDictionary<string, string>? metadata = null)
    {
        using var request = Request(HttpMethod.Post, "/files");
        request.Headers.Add("Upload-Length", length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("Upload-Metadata", Metadata(metadata ?? Evidence));
        return await http.SendAsync(request);
    }

    /// <summary>Creates an upload and returns its path (<c>/files/{id}</c>).</summary>
    public async Task<string> CreatedAsync(long length, IReadOnlyDictionary<string, string>? metadata = null)
    {
        using var response = await CreateAsync(length, metadata);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return PathOf(response);
    }

    /// <summary>The upload's path from the creation's Location, which the server gives relative to itself.</summary>
    public static string PathOf(HttpResponseMessage created)
    {
        ArgumentNullException.ThrowIfNull(created);
        var location = created.Headers.Location!;
        return location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString;
    }

    public async Task<HttpResponseMessage> HeadAsync(string path)
    {
        using var request = Request(HttpMethod.Head, path);
        return await http.SendAsync(request);
    }

    public async Task<long> OffsetAsync(string path)
    {
        using var response = await HeadAsync(path);
        return long.Parse(response.Headers.GetValues("Upload-Offset").Single(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task<HttpResponseMessage> PatchAsync(string path, long offset, ReadOnlyMemory<byte> chunk, string? checksum = null) =>
        PatchAsync(path, offset, new ReadOnlyMemoryContent(chunk), checksum);

    public async Task<HttpResponseMessage> PatchAsync(string path, long offset, HttpContent content, string? checksum = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var request = Request(HttpMethod.Patch, path);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/offset+octet-stream");
        request.Content = content;
        request.Headers.Add("Upload-Offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (checksum is not null)
        {
            request.Headers.Add("Upload-Checksum", checksum);
        }

        return await http.SendAsync(request);
    }

    /// <summary>Sends <paramref name="data"/> from <paramref name="offset"/> in chunks of <paramref name="chunkSize"/>, each answered 204.</summary>
    public async Task SendAllAsync(string path, byte[] data, long offset, int chunkSize)
    {
        ArgumentNullException.ThrowIfNull(data);
        for (var at = offset; at < data.Length; at += chunkSize)
        {
            using var response = await PatchAsync(path, at, data.AsMemory((int)at, (int)Math.Min(chunkSize, data.Length - at)));
            Assert.Equal(System.Net.HttpStatusCode.NoContent, response.StatusCode);
        }
    }

    public async Task<JsonNode> RecordAsync(string path)
    {
        using var request = Request(HttpMethod.Get, path);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    public HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Tus-Resumable", "1.0.0");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (tenant is not null)
        {
            request.Headers.Add("X-SanXiang-Tenant", tenant);
        }

        return request;
    }
}
