using System.Data.Common;

namespace SanXiang.Silo.Grains.EventLog;

/// <summary>What one group commit appends, as <see cref="IAppendParticipant"/>s see it inside its transaction.</summary>
public sealed class AppendBatch(DbConnection connection, DbTransaction transaction, EventLogDialect dialect, IReadOnlyList<AppendedEvents> appends)
{
    public DbConnection Connection { get; } = connection;

    public DbTransaction Transaction { get; } = transaction;

    public EventLogDialect Dialect { get; } = dialect;

    /// <summary>The appends of this batch that write events, in queue order.</summary>
    public IReadOnlyList<AppendedEvents> Appends { get; } = appends;

    /// <summary>The rows of kind <typeparamref name="T"/> that the batch's appends carry for the read model, in queue order.</summary>
    public IReadOnlyList<T> Derived<T>() => [.. Appends.SelectMany(a => a.Derived.OfType<T>())];
}
