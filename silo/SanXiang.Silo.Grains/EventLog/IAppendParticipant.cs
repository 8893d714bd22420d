namespace SanXiang.Silo.Grains.EventLog;

/// <summary>
/// Rows derived from appended events, written in the very transaction that appends them, so that they
/// can never disagree with the log (ARCHITECTURE.md "Storage": the read model, the Merkle tree's nodes).
/// The group-commit writer calls every participant once per batch, after the batch's events are inserted
/// and before it commits. A participant that throws fails the batch, which is then retried one append at
/// a time; so a participant keeps no state of its own beyond what <see cref="Committed"/> confirms.
/// </summary>
public interface IAppendParticipant
{
    Task WriteAsync(AppendBatch batch, CancellationToken cancellationToken);

    /// <summary>The batch's transaction committed: caches may now take its rows as written. A participant without a cache has nothing to do.</summary>
    void Committed(AppendBatch batch)
    {
    }

    /// <summary>A transaction of this writer rolled back: anything cached since the last commit is unknown.</summary>
    void Abandoned()
    {
    }
}
