using SanXiang.Plugins;

namespace SanXiang.Domain.Cases.Events;

/// <summary><c>recording.added</c>: an audio-visual record (音像记录) of a step; <paramref name="Location"/> where the phone said it was made, when the officer let it say.</summary>
public sealed record RecordingAdded(
    IReadOnlyList<EventFile> Files,
    AvKind Kind,
    string StepId,
    string Device,
    DateTimeOffset RecordedAt,
    string OfficerId,
    bool Continuous,
    RecordingLocation? Location = null) : CaseEvent, IAttachesFiles;
