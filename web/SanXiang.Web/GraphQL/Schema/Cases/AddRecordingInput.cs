using GraphQL;
using SanXiang.Plugins;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>
/// An audio-visual record from a finished tus upload (kind 音像). Left out, <c>kind</c> follows the
/// file's media type and <c>device</c>, <c>recordedAt</c> (ISO 8601), <c>officerId</c> and <c>location</c> the upload's metadata.
/// </summary>
[Name("AddRecordingInput")]
public sealed class AddRecordingInput
{
    [Id]
    public string TenantId { get; set; } = "";

    [Id]
    public string CaseId { get; set; } = "";

    /// <summary>The upload's id, or its URL (…/files/{id}).</summary>
    [Id]
    public string UploadId { get; set; } = "";

    [Id]
    public string StepId { get; set; } = "";

    public AvKind? Kind { get; set; }

    public string? Device { get; set; }

    public string? RecordedAt { get; set; }

    [Id]
    public string? OfficerId { get; set; }

    /// <summary>全过程音像记录: the recording covers the whole action without a break.</summary>
    public bool? Continuous { get; set; }

    /// <summary>拍摄位置 as the device reported it: <c>latitude,longitude[,accuracy]</c> (WGS 84 degrees, metres).</summary>
    public string? Location { get; set; }
}
