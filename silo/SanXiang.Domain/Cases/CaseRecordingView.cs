using SanXiang.Plugins;
using SanXiang.Domain.Files;

namespace SanXiang.Domain.Cases;

public sealed record CaseRecordingView(
    StoredFile File,
    AvKind Kind,
    string StepId,
    string Device,
    DateTimeOffset RecordedAt,
    string OfficerId,
    bool Continuous,
    string AddedBy,
    DateTimeOffset AddedAt,
    RecordingLocation? Location = null);
