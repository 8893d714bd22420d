using SanXiang.Domain.Cases;

namespace SanXiang.Silo.Uploads;

/// <summary>
/// What the client says about the file (tus creation extension, Upload-Metadata) that the case
/// engine needs to file it as a record of 执法全过程记录: kind, procedure step, recording device,
/// when it was recorded, by which officer and where, when the officer's phone told.
/// </summary>
/// <param name="FileType">The media type the client declared, checked against the accepted list; null when it declared none.</param>
[GenerateSerializer, Immutable]
public sealed record UploadMetadata(
    [property: Id(0)] string FileName,
    [property: Id(1)] string? FileType,
    [property: Id(2)] string Kind,
    [property: Id(3)] string? Step,
    [property: Id(4)] string? Device,
    [property: Id(5)] DateTimeOffset? RecordedAt,
    [property: Id(6)] string? Officer,
    [property: Id(7)] RecordingLocation? Location = null);
