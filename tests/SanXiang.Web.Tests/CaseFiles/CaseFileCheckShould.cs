using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using SanXiang.Web.CaseFiles;

namespace SanXiang.Web.Tests.CaseFiles;

/// <summary>The verify endpoint's limits: its size (SanXiang:CaseFiles:MaxVerifySize), whether the client announces the length or not, and how many run at once.</summary>
public sealed class CaseFileCheckShould
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RefuseAnUploadOverTheLimitWith413AndAChineseMessage(bool announced)
    {
        var http = new DefaultHttpContext();
        var body = new byte[4096];
        http.Request.Body = new MemoryStream(body);
        http.Request.ContentLength = announced ? body.Length : null;
        http.Response.Body = new MemoryStream();

        var options = Options.Create(new CaseFileOptions { MaxVerifySize = 1024 });
        using var gate = new VerifyGate(options);

        // Refused before anything is verified, so the live check is never asked.
        await CaseFileCheck.PostAsync(http, options, gate, new LiveLogCheck(null!, null!));

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, http.Response.StatusCode);
        var error = JsonSerializer.Deserialize<CaseFileError>(((MemoryStream)http.Response.Body).ToArray(), JsonSerializerOptions.Web)!;
        Assert.Equal("CASE_FILE_TOO_LARGE", error.Code);
        Assert.Contains("超过了 1 KiB 的上限", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Suite", "Hostile")]
    public async Task AnswerBusyWith503WhenEveryPlaceIsTaken()
    {
        var options = Options.Create(new CaseFileOptions { MaxConcurrentVerifications = 1, VerifyQueueSeconds = 0 });
        using var gate = new VerifyGate(options);
        Assert.True(await gate.EnterAsync(CancellationToken.None));
        var http = new DefaultHttpContext();
        http.Request.Body = new MemoryStream([1, 2, 3]);
        http.Response.Body = new MemoryStream();

        await CaseFileCheck.PostAsync(http, options, gate, new LiveLogCheck(null!, null!));

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, http.Response.StatusCode);
        var error = JsonSerializer.Deserialize<CaseFileError>(((MemoryStream)http.Response.Body).ToArray(), JsonSerializerOptions.Web)!;
        Assert.Equal("VERIFY_BUSY", error.Code);
        Assert.Contains("请稍后再试", error.Message, StringComparison.Ordinal);
    }
}
