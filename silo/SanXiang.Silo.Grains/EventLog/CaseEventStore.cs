using System.Runtime.CompilerServices;
using SanXiang.Domain.Integrity;

namespace SanXiang.Silo.Grains.EventLog;

/// <summary>
/// The append-only, hash-chained log of every case (ARCHITECTURE.md "Storage"). Plain ADO.NET: no
/// Orleans types, so a tool or a test can open the record without a silo. One instance per
/// database and process: it owns the group-commit writer, which writes the <paramref name="participants"/>'
/// derived rows in each append's own transaction.
/// </summary>
public sealed class CaseEventStore(EventLogDatabase database, IEnumerable<IAppendParticipant> participants, int queueCapacity) : IAsyncDisposable
{
    /// <summary>Appends waiting for their commit before further callers wait for room: a few batches' worth.</summary>
    public const int DefaultQueueCapacity = 4096;

    private readonly Lazy<GroupCommitWriter> writer = new(() => new GroupCommitWriter(database, [.. participants], queueCapacity));

    public CaseEventStore(EventLogDatabase database, IEnumerable<IAppendParticipant> participants)
        : this(database, participants, DefaultQueueCapacity)
    {
    }

    /// <summary>The log and its Merkle tree, with no other derived rows (tools, benchmarks and the log's own tests).</summary>
    public CaseEventStore(EventLogDatabase database)
        : this(database, [new MerkleTreeAppender(database)], DefaultQueueCapacity)
    {
    }

    public EventLogDatabase Database => database;

    /// <summary>
    /// Appends <paramref name="events"/> after sequence <paramref name="expectedSequence"/> (0 for a new
    /// case). Completes once the events are durably committed; if the case has moved on meanwhile,
    /// nothing is written and the result is a conflict carrying the current sequence.
    /// </summary>
    /// <param name="derived">Rows derived from the case with these events applied, written in the same transaction by the participants.</param>
    public Task<AppendResult> AppendAsync(string tenantId, string caseId, long expectedSequence, IReadOnlyList<NewCaseEvent> events, IReadOnlyList<object>? derived = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrEmpty(caseId);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedSequence);
        return writer.Value.EnqueueAsync(new AppendRequest(tenantId, caseId, expectedSequence, events, derived ?? []));
    }

    /// <summary>The case's events from <paramref name="fromSequence"/> on, in sequence order, streamed.</summary>
    public async IAsyncEnumerable<StoredEvent> ReadAsync(
        string tenantId,
        string caseId,
        long fromSequence = 1,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT {EventRows.Columns} FROM case_events WHERE tenant = @tenant AND case_id = @case_id AND seq >= @from ORDER BY seq;";
        EventRows.Add(command, "tenant", tenantId);
        EventRows.Add(command, "case_id", caseId);
        EventRows.Add(command, "from", fromSequence);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return EventRows.Read(reader, database.Dialect);
        }
    }

    /// <summary>Every event of every case, case by case in (tenant, case, sequence) order, streamed: what a rebuild of the read model folds.</summary>
    public async IAsyncEnumerable<StoredEvent> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {EventRows.Columns} FROM case_events ORDER BY tenant, case_id, seq;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return EventRows.Read(reader, database.Dialect);
        }
    }

    /// <summary>
    /// Verifies the case's chain as it streams from the database: valid, or the first bad sequence
    /// number with its code and a Chinese message (<see cref="CaseChainVerifier"/>).
    /// </summary>
    public Task<ChainVerification> VerifyAsync(string tenantId, string caseId, ChainAnchor? anchor = null, CancellationToken cancellationToken = default) =>
        CaseChainVerifier.VerifyAsync(tenantId, caseId, ReadAsync(tenantId, caseId, 1, cancellationToken), anchor, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (writer.IsValueCreated)
        {
            await writer.Value.DisposeAsync().ConfigureAwait(false);
        }
    }
}
