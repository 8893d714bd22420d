using SanXiang.Domain.Files;
using SanXiang.Plugins;

namespace SanXiang.Domain.Cases;

/// <param name="Continuous">Whether the recording covers the whole action without a break (全过程音像记录).</param>
/// <param name="Location">Where the officer's phone said the recording was made, if the officer allowed it.</param>
public sealed record AddRecordingCommand(
    StoredFile File,
    AvKind Kind,
    string StepId,
    string Device,
    DateTimeOffset RecordedAt,
    string OfficerId,
    bool Continuous,
    string Actor,
    DateTimeOffset At,
    RecordingLocation? Location = null);
