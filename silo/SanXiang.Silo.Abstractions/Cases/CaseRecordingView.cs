using SanXiang.Plugins;
using SanXiang.Silo.Files;

namespace SanXiang.Silo.Cases;

[GenerateSerializer, Immutable]
public sealed record CaseRecordingView(
    [property: Id(0)] StoredFile File,
    [property: Id(1)] AvKind Kind,
    [property: Id(2)] string StepId,
    [property: Id(3)] string Device,
    [property: Id(4)] DateTimeOffset RecordedAt,
    [property: Id(5)] string OfficerId,
    [property: Id(6)] bool Continuous,
    [property: Id(7)] string AddedBy,
    [property: Id(8)] DateTimeOffset AddedAt);
