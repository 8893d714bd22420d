using System.Text.Json;

namespace SanXiang.Web.CaseFiles;

/// <summary>What the page's upload script hands back: the HTTP status and the body of <c>POST /verify/case-file</c>.</summary>
public sealed record UploadAnswer(int Status, string Body)
{
    public (CaseFileVerdictView? Verdict, string? Error) Read()
    {
        if (Status == 0)
        {
            return (null, "请先选择要校验的案卷文件（.zip）。");
        }

        try
        {
            if (Status == StatusCodes.Status200OK)
            {
                return (JsonSerializer.Deserialize<CaseFileVerdictView>(Body, JsonSerializerOptions.Web), null);
            }

            var refusal = JsonSerializer.Deserialize<CaseFileError>(Body, JsonSerializerOptions.Web);
            return (null, refusal?.Message ?? $"校验失败（HTTP {Status}）。");
        }
        catch (JsonException)
        {
            return (null, Status == StatusCodes.Status413PayloadTooLarge ? "案卷文件太大，无法在线校验。" : $"校验失败（HTTP {Status}）。");
        }
    }
}
