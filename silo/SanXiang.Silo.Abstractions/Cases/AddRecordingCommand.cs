using SanXiang.Domain.Files;
using SanXiang.Plugins;

namespace SanXiang.Silo.Cases;

/// <param name="Continuous">Whether the recording covers the whole action without a break (全过程音像记录).</param>
[GenerateSerializer, Immutable]
public sealed record AddRecordingCommand(
    [property: Id(0)] StoredFile File,
    [property: Id(1)] AvKind Kind,
    [property: Id(2)] string StepId,
    [property: Id(3)] string Device,
    [property: Id(4)] DateTimeOffset RecordedAt,
    [property: Id(5)] string OfficerId,
    [property: Id(6)] bool Continuous,
    [property: Id(7)] string Actor,
    [property: Id(8)] DateTimeOffset At);
