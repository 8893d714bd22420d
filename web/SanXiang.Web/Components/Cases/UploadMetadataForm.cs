using System.Globalization;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Engine;

namespace SanXiang.Web.Components.Cases;

/// <summary>What the officer enters about a file before uploading it; checked here so a bad value never reaches the server.</summary>
public sealed class UploadMetadataForm
{
    public const string AudioVideo = "音像";
    public const string Evidence = "证据";
    // 文书扫描件 (a document's signed copy) is attached to its document, not to a step.
    public static readonly IReadOnlyList<string> Kinds = [AudioVideo, Evidence];

    public string Kind { get; set; } = AudioVideo;

    public string? Step { get; set; }

    public string? Device { get; set; }

    /// <summary>As a datetime-local input gives it: 2026-03-01T09:30.</summary>
    public string? RecordedAt { get; set; }

    public string? OfficerId { get; set; }

    /// <summary>Where the phone said it was when the officer asked it to (拍摄位置); null when he did not, or it could not tell.</summary>
    public RecordingLocation? Location { get; set; }

    /// <summary>证据说明: what the evidence shows; the case records it with the file.</summary>
    public string? Description { get; set; }

    /// <summary>The first problem in Chinese, or null. A recording carries kind, step, device, time and officer (DOMAIN.md §2).</summary>
    public string? Problem()
    {
        if (!Kinds.Contains(Kind))
        {
            return "请选择记录类别。";
        }

        if (string.IsNullOrWhiteSpace(Step))
        {
            return "请选择所属执法环节。";
        }

        if (RecordedAt is { Length: > 0 } && ParseRecordedAt() is null)
        {
            return "录制时间格式不正确，应如 2026-03-01 09:30。";
        }

        if (Kind == Evidence)
        {
            return string.IsNullOrWhiteSpace(Description) ? "证据须填写说明（证明什么）。" : null;
        }

        if (string.IsNullOrWhiteSpace(Device))
        {
            return "音像记录须填写录制设备。";
        }

        if (ParseRecordedAt() is null)
        {
            return "音像记录须填写录制时间。";
        }

        return string.IsNullOrWhiteSpace(OfficerId) ? "音像记录须选择录制的执法人员。" : null;
    }

    public DateTimeOffset? ParseRecordedAt()
    {
        string[] formats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-M-d H:mm"];
        return DateTime.TryParseExact(RecordedAt?.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, CaseDates.ChinaOffset) // a time typed without a zone is Beijing time
            : null;
    }

    /// <summary>The tus Upload-Metadata pairs (filename and filetype are added by the browser from the file itself).</summary>
    public Dictionary<string, string> ToMetadata()
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal) { ["kind"] = Kind };
        Add(metadata, "step", Step);
        Add(metadata, "device", Device);
        Add(metadata, "recordedAt", ParseRecordedAt()?.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
        Add(metadata, "officer", OfficerId);
        Add(metadata, "location", Location?.ToString());
        return metadata;
    }

    private static void Add(Dictionary<string, string> metadata, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            metadata[key] = value.Trim();
        }
    }
}
