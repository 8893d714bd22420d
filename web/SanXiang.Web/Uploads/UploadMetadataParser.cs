using System.Globalization;
using System.Text;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Uploads;

namespace SanXiang.Web.Uploads;

/// <summary>
/// Parses <c>Upload-Metadata</c> (tus 1.0 §Creation: comma-separated pairs of an ASCII key and a
/// Base64 value; a key may have no value; keys are unique) and checks the fields we rely on.
/// </summary>
internal static class UploadMetadataParser
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static UploadMetadata? Parse(string? header, out TusError? error)
    {
        error = null;
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in (header ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is 0 or > 2 || !parts[0].All(char.IsAscii) || pairs.ContainsKey(parts[0]))
            {
                error = Invalid("Upload-Metadata 格式错误：应为以逗号分隔的“键 Base64值”，键不得重复。");
                return null;
            }

            try
            {
                pairs[parts[0]] = parts.Length == 2 ? StrictUtf8.GetString(Convert.FromBase64String(parts[1])) : "";
            }
            catch (Exception e) when (e is FormatException or DecoderFallbackException)
            {
                error = Invalid($"Upload-Metadata 中“{parts[0]}”的值不是 UTF-8 文本的 Base64 编码。");
                return null;
            }
        }

        if (!pairs.TryGetValue("filename", out var fileName) || fileName.Length == 0)
        {
            error = Invalid("Upload-Metadata 缺少文件名（filename）。");
            return null;
        }

        if (FileNames.Problem(fileName) is { } problem)
        {
            error = new TusError(StatusCodes.Status400BadRequest, UploadErrorCodes.FileNameInvalid, $"文件名无效：{problem}。");
            return null;
        }

        if (!MediaTypes.TryNormalise(pairs.GetValueOrDefault("filetype"), out var fileType))
        {
            error = new TusError(StatusCodes.Status415UnsupportedMediaType, UploadErrorCodes.FileTypeNotAllowed,
                $"不接受文件类型“{Printable(pairs["filetype"])}”。可上传的类型：{MediaTypes.AcceptedList}；类型不明的文件请声明为 application/octet-stream 或不声明。");
            return null;
        }

        if (!pairs.TryGetValue("kind", out var kind) || !EvidenceKinds.All.Contains(kind))
        {
            error = Invalid("Upload-Metadata 的类别（kind）须为“音像”“证据”或“文书扫描件”之一。");
            return null;
        }

        DateTimeOffset? recordedAt = null;
        if (pairs.TryGetValue("recordedAt", out var recorded))
        {
            if (!DateTimeOffset.TryParse(recorded, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at))
            {
                error = Invalid("Upload-Metadata 的录制时间（recordedAt）须为 ISO 8601 时间，如 2026-03-01T09:30:00+08:00。");
                return null;
            }

            recordedAt = at;
        }

        RecordingLocation? location = null;
        if (pairs.TryGetValue("location", out var position))
        {
            location = RecordingLocation.Parse(position, out var wrong);
            if (location is null)
            {
                error = Invalid($"Upload-Metadata 的拍摄位置（location）无效：{wrong}");
                return null;
            }
        }

        return new UploadMetadata(
            fileName,
            fileType,
            kind,
            pairs.GetValueOrDefault("step"),
            pairs.GetValueOrDefault("device"),
            recordedAt,
            pairs.GetValueOrDefault("officer"),
            location);
    }

    // The refused value goes back in the message; its control characters do not.
    private static string Printable(string value) => new([.. value.Where(c => !char.IsControl(c)).Take(100)]);

    private static TusError Invalid(string message) => new(StatusCodes.Status400BadRequest, UploadErrorCodes.MetadataInvalid, message);
}
