using SanXiang.Plugins;

namespace SanXiang.Domain.Cases.Events;

/// <summary><c>recording.added</c>: an audio-visual record (音像记录) of a step.</summary>
public sealed record RecordingAdded(
    IReadOnlyList<EventFile> Files,
    AvKind Kind,
    string StepId,
    string Device,
    DateTimeOffset RecordedAt,
    string OfficerId,
    bool Continuous) : CaseEvent, IAttachesFiles;
