using SanXiang.Domain.Cases;
using SanXiang.Plugins;

namespace SanXiang.Web.Cases;

/// <summary>
/// An audio-visual record to add from a finished upload. Left out, <paramref name="Kind"/> follows
/// the file's media type and <paramref name="Device"/>, <paramref name="RecordedAt"/> and
/// <paramref name="OfficerId"/> and <paramref name="Location"/> what the uploader put in the upload's metadata.
/// </summary>
public sealed record RecordingRequest(
    string UploadId,
    string StepId,
    AvKind? Kind = null,
    string? Device = null,
    DateTimeOffset? RecordedAt = null,
    string? OfficerId = null,
    bool Continuous = false,
    RecordingLocation? Location = null);
