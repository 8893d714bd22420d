using SanXiang.Plugins;

namespace SanXiang.Silo.Grains.Cases.Events;

/// <summary><c>recording.added</c>: an audio-visual record (音像记录) of a step.</summary>
[GenerateSerializer, Immutable]
public sealed record RecordingAdded(
    [property: Id(0)] IReadOnlyList<EventFile> Files,
    [property: Id(1)] AvKind Kind,
    [property: Id(2)] string StepId,
    [property: Id(3)] string Device,
    [property: Id(4)] DateTimeOffset RecordedAt,
    [property: Id(5)] string OfficerId,
    [property: Id(6)] bool Continuous) : CaseEvent, IAttachesFiles;
