namespace SanXiang.Web.Uploads;

/// <summary>
/// What the client says about the file (tus creation extension, Upload-Metadata) that the case
/// engine needs to file it as a record of 执法全过程记录: kind, procedure step, recording device,
/// when it was recorded and by which officer.
/// </summary>
public sealed record UploadMetadata(
    string FileName,
    string? FileType,
    string Kind,
    string? Step,
    string? Device,
    DateTimeOffset? RecordedAt,
    string? Officer);
