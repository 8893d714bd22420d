using GraphQL;
using SanXiang.Domain.Cases;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>A recording's 拍摄位置 as the phone's browser gave it: WGS 84 degrees and, when known, the accuracy radius in metres.</summary>
[Name("RecordingLocation")]
public sealed class RecordingLocationNode(RecordingLocation location)
{
    public double Latitude => location.Latitude;

    public double Longitude => location.Longitude;

    public double? AccuracyMeters => location.AccuracyMeters;
}
