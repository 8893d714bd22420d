namespace SanXiang.Domain.Integrity;

/// <summary>An event as the log keeps it: the hashed fields and the hash written beside them.</summary>
public sealed record StoredEvent(EventRecord Event, byte[] Hash)
{
    public long Sequence => Event.Sequence;
}
