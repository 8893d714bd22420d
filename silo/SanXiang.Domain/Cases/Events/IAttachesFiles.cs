namespace SanXiang.Domain.Cases.Events;

/// <summary>An event that attaches files; their hashes, in this order, are the event's chained file hashes.</summary>
public interface IAttachesFiles
{
    IReadOnlyList<EventFile> Files { get; }
}
