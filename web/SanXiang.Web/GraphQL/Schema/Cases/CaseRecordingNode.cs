using GraphQL;
using SanXiang.Plugins;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Cases;

/// <summary>An audio-visual record (音像记录) made on a step.</summary>
[Name("CaseRecording")]
public sealed class CaseRecordingNode(string tenantId, string caseId, CaseRecordingView recording)
{
    public AvKind Kind => recording.Kind;

    [Id]
    public string StepId => recording.StepId;

    public string Device => recording.Device;

    public string RecordedAt => IsoTime.Format(recording.RecordedAt);

    [Id]
    public string OfficerId => recording.OfficerId;

    public bool Continuous => recording.Continuous;

    public string AddedBy => recording.AddedBy;

    public string AddedAt => IsoTime.Format(recording.AddedAt);

    public CaseFileNode File => new(tenantId, caseId, recording.File);

    /// <summary>Where the officer's phone said the recording was made (WGS 84), when the officer allowed it; null otherwise.</summary>
    public RecordingLocationNode? Location => recording.Location is { } location ? new RecordingLocationNode(location) : null;
}
