namespace SanXiang.Web.Components.Cases;

/// <summary>A finished upload at /files, with what the officer said about it, ready to attach to a step.</summary>
/// <param name="UploadId">The tus upload id (the last segment of its URL).</param>
/// <param name="Kind">音像 or 证据 (the upload's metadata kind).</param>
/// <param name="Description">What a piece of evidence shows (证据说明); the upload's metadata has no place for it.</param>
public sealed record FinishedUpload(
    string UploadId,
    string FileName,
    long Size,
    string Kind,
    string? Step,
    string? Device,
    DateTimeOffset? RecordedAt,
    string? OfficerId,
    string? Description);
