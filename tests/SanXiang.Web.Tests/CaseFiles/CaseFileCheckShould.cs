using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using SanXiang.Web.CaseFiles;

namespace SanXiang.Web.Tests.CaseFiles;

/// <summary>The verify endpoint's size limit (SanXiang:CaseFiles:MaxVerifySize), whether the client announces the length or not.</summary>
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

        await CaseFileCheck.PostAsync(http, Options.Create(new CaseFileOptions { MaxVerifySize = 1024 }));

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, http.Response.StatusCode);
        var error = JsonSerializer.Deserialize<CaseFileError>(((MemoryStream)http.Response.Body).ToArray(), JsonSerializerOptions.Web)!;
        Assert.Equal("CASE_FILE_TOO_LARGE", error.Code);
        Assert.Contains("超过了 1 KiB 的上限", error.Message, StringComparison.Ordinal);
    }
}
