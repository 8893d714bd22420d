using System.Data.Common;
using System.Threading.Channels;
using SanXiang.Domain.Integrity;

namespace SanXiang.Silo.Grains.EventLog;

/// <summary>
/// Group commit: appends from any number of cases queue here, and one loop writes whatever has
/// queued up in one transaction, so a single fsync covers the whole batch. A caller's task completes
/// only after the commit of its batch returned — acknowledged means durable, as durable as the
/// database's commit (on SQLite, <c>synchronous=FULL</c> in WAL: the WAL is fsynced at every commit).
/// One loop per store and one store per database, so on SQLite this is the only writer of the
/// event tables in the process; on PostgreSQL several silos may each run one, and the primary key
/// turns a race on one case into a conflict for the later writer.
/// </summary>
internal sealed class GroupCommitWriter : IAsyncDisposable
{
    private const int MaxBatch = 512;

    // Enough heads for every case active at once on one silo; past it the cache simply starts over.
    private const int MaxCachedHeads = 100_000;

    private readonly EventLogDatabase database;
    private readonly IReadOnlyList<IAppendParticipant> participants;
    // Bounded: when appends arrive faster than the disk commits them, callers wait for room — nothing is dropped
    // and memory stays bounded under overload.
    private readonly Channel<AppendRequest> queue;
    private readonly ChainHasher hasher = new();
    private readonly ChainHashAlgorithm algorithm;
    private readonly Task loop;

    // The last committed (sequence, hash) of cases this writer appended to, so that the common append
    // (expected sequence = cached head) needs no read. A stale entry — another silo appended — is
    // harmless: the insert then collides on the primary key and the append becomes a conflict.
    private readonly Dictionary<(string Tenant, string Case), (long Sequence, byte[]? Hash)> committedHeads = [];

    public GroupCommitWriter(EventLogDatabase database, IReadOnlyList<IAppendParticipant> participants, int queueCapacity)
    {
        this.database = database;
        this.participants = participants;
        queue = Channel.CreateBounded<AppendRequest>(new BoundedChannelOptions(queueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        algorithm = ChainHashAlgorithm.Get(database.Algorithm);
        loop = Task.Run(RunAsync);
    }

    public async Task<AppendResult> EnqueueAsync(AppendRequest request)
    {
        try
        {
            await queue.Writer.WriteAsync(request).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            throw new ObjectDisposedException(nameof(GroupCommitWriter), "案件记录存储已关闭，无法再追加事件。");
        }

        return await request.Completion.Task.ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await loop.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        DbConnection? connection = null;
        var batch = new List<AppendRequest>(MaxBatch);
        try
        {
            while (await queue.Reader.WaitToReadAsync().ConfigureAwait(false))
            {
                batch.Clear();
                while (batch.Count < MaxBatch && queue.Reader.TryRead(out var request))
                {
                    batch.Add(request);
                }

                try
                {
                    connection ??= await OpenWriterAsync().ConfigureAwait(false);
                    await CommitAsync(connection, batch).ConfigureAwait(false);
                }
                catch (Exception exception)
                {
                    committedHeads.Clear();
                    Abandon();

                    // A broken connection is not reused; the next batch opens a fresh one.
                    if (connection is not null)
                    {
                        await connection.DisposeAsync().ConfigureAwait(false);
                        connection = null;
                    }

                    await RetryOneByOneAsync(batch, exception).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    // One request's failure (a race lost on PostgreSQL, say) must not fail the others that shared its
    // batch: each is tried again alone. The expected sequence makes the retry safe even if the failed
    // commit did in fact reach the disk — the second attempt then reports a conflict, not a duplicate.
    private async Task RetryOneByOneAsync(List<AppendRequest> batch, Exception batchFailure)
    {
        foreach (var request in batch)
        {
            if (request.Completion.Task.IsCompleted)
            {
                continue;
            }

            if (batch.Count == 1 && !UniqueViolation.Is(batchFailure))
            {
                request.Completion.TrySetException(batchFailure);
                continue;
            }

            try
            {
                await using var connection = await OpenWriterAsync().ConfigureAwait(false);
                await CommitAsync(connection, [request]).ConfigureAwait(false);
            }
            catch (Exception exception) when (UniqueViolation.Is(exception))
            {
                committedHeads.Clear();
                Abandon();
                request.Completion.TrySetResult(AppendResult.Conflict(await ReadLastSequenceAsync(request).ConfigureAwait(false)));
            }
            catch (Exception exception)
            {
                Abandon();
                request.Completion.TrySetException(exception);
            }
        }
    }

    private void Abandon()
    {
        foreach (var participant in participants)
        {
            participant.Abandoned();
        }
    }

    private async Task<DbConnection> OpenWriterAsync()
    {
        var connection = await database.OpenAsync().ConfigureAwait(false);
        if (database.Dialect == EventLogDialect.Sqlite)
        {
            // FULL: in WAL mode the WAL is fsynced at every commit, so an acknowledged append survives
            // power loss and OS crashes too, not only a killed process (NORMAL would give only the
            // latter). Group commit pays that fsync once per batch, not once per event.
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        return connection;
    }

    private async Task CommitAsync(DbConnection connection, IReadOnlyList<AppendRequest> batch)
    {
        // Microsoft.Data.Sqlite begins IMMEDIATE: the write lock is taken before the heads are read.
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        var results = new AppendResult?[batch.Count];
        var heads = new Dictionary<(string Tenant, string Case), (long Sequence, byte[]? Hash)>();
        var pending = new List<(int Index, StoredEvent[] Events)>();
        for (var i = 0; i < batch.Count; i++)
        {
            var request = batch[i];
            var key = (request.TenantId, request.CaseId);
            if (!heads.TryGetValue(key, out var head))
            {
                if (!committedHeads.TryGetValue(key, out head) || head.Sequence != request.ExpectedSequence)
                {
                    head = await ReadHeadAsync(connection, transaction, request.TenantId, request.CaseId).ConfigureAwait(false);
                }

                heads[key] = head;
            }

            if (head.Sequence != request.ExpectedSequence)
            {
                results[i] = AppendResult.Conflict(head.Sequence);
                continue;
            }

            StoredEvent[] sealedEvents;
            try
            {
                sealedEvents = Seal(request, head.Sequence, head.Hash);
            }
            catch (Exception exception) when (exception is FormatException or ArgumentException)
            {
                request.Completion.TrySetException(exception);
                continue;
            }

            if (sealedEvents.Length > 0)
            {
                heads[key] = (sealedEvents[^1].Sequence, sealedEvents[^1].Hash);
            }

            pending.Add((i, sealedEvents));
        }

        var positions = await ReserveLogPositionsAsync(connection, transaction, batch, pending).ConfigureAwait(false);
        var appended = new List<AppendedEvents>(pending.Count);
        var rows = new List<object[]>();
        foreach (var (index, events) in pending.Where(p => p.Events.Length > 0))
        {
            var request = batch[index];
            var logIndexes = new long[events.Length];
            for (var e = 0; e < events.Length; e++)
            {
                logIndexes[e] = positions[request.TenantId]++;
                rows.Add(Row(events[e], logIndexes[e]));
            }

            appended.Add(new AppendedEvents(request.TenantId, request.CaseId, events, logIndexes, request.Derived));
        }

        await EventInserts.WriteAsync(connection, transaction, rows).ConfigureAwait(false);
        var written = new AppendBatch(connection, transaction, database.Dialect, appended);
        foreach (var participant in participants)
        {
            await participant.WriteAsync(written, CancellationToken.None).ConfigureAwait(false);
        }

        await transaction.CommitAsync().ConfigureAwait(false);
        foreach (var participant in participants)
        {
            participant.Committed(written);
        }
        if (committedHeads.Count > MaxCachedHeads)
        {
            committedHeads.Clear();
        }

        foreach (var (index, events) in pending)
        {
            results[index] = new AppendResult(true, events.Length > 0 ? events[^1].Sequence : batch[index].ExpectedSequence, events);
            if (events.Length > 0)
            {
                committedHeads[(batch[index].TenantId, batch[index].CaseId)] = (events[^1].Sequence, events[^1].Hash);
            }
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (results[i] is { } result)
            {
                batch[i].Completion.TrySetResult(result);
            }
        }
    }

    private object[] Row(StoredEvent stored, long logIndex)
    {
        var record = stored.Event;
        return
        [
            record.TenantId, record.CaseId, record.Sequence, record.Kind, record.Payload, record.Actor,
            EventRows.Time(record.At, database.Dialect), record.Algorithm, record.PreviousHash, stored.Hash,
            EventRows.FileHashes(record.FileHashes), logIndex,
        ];
    }

    private StoredEvent[] Seal(AppendRequest request, long lastSequence, byte[]? lastHash)
    {
        var previous = lastHash ?? ChainHasher.Genesis(algorithm, request.TenantId, request.CaseId);
        var sealedEvents = new StoredEvent[request.Events.Count];
        for (var i = 0; i < sealedEvents.Length; i++)
        {
            var draft = request.Events[i];
            var record = new EventRecord(
                request.TenantId,
                request.CaseId,
                lastSequence + i + 1,
                draft.Kind,
                draft.Payload,
                draft.Actor,
                CanonicalEventEncoding.ToStoredPrecision(draft.At),
                previous,
                draft.FileHashes ?? [],
                algorithm.Name);
            var hash = hasher.ComputeHash(record);
            sealedEvents[i] = new StoredEvent(record, hash);
            previous = hash;
        }

        return sealedEvents;
    }

    private static async Task<(long Sequence, byte[]? Hash)> ReadHeadAsync(DbConnection connection, DbTransaction? transaction, string tenantId, string caseId)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT seq, hash FROM case_events WHERE tenant = @tenant AND case_id = @case_id ORDER BY seq DESC LIMIT 1;";
        EventRows.Add(command, "tenant", tenantId);
        EventRows.Add(command, "case_id", caseId);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        return await reader.ReadAsync().ConfigureAwait(false) ? (reader.GetInt64(0), (byte[])reader.GetValue(1)) : (0, null);
    }

    private async Task<long> ReadLastSequenceAsync(AppendRequest request)
    {
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        return (await ReadHeadAsync(connection, null, request.TenantId, request.CaseId).ConfigureAwait(false)).Sequence;
    }

    // Each tenant's Merkle log grows by the events this batch adds to it. Tenants are taken in ordinal
    // order so that two silos reserving for the same tenants cannot deadlock on the head rows.
    private static async Task<Dictionary<string, long>> ReserveLogPositionsAsync(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyList<AppendRequest> batch,
        List<(int Index, StoredEvent[] Events)> pending)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (index, events) in pending)
        {
            var tenant = batch[index].TenantId;
            counts[tenant] = counts.GetValueOrDefault(tenant) + events.Length;
        }

        var next = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            "INSERT INTO tenant_log_heads (tenant, size) VALUES (@tenant, @count) " +
            "ON CONFLICT (tenant) DO UPDATE SET size = tenant_log_heads.size + excluded.size RETURNING size;";
        var tenantParameter = EventRows.Add(command, "tenant", null);
        var countParameter = EventRows.Add(command, "count", null);
        foreach (var (tenant, count) in counts)
        {
            if (count == 0)
            {
                continue;
            }

            tenantParameter.Value = tenant;
            countParameter.Value = count;
            var size = Convert.ToInt64(await command.ExecuteScalarAsync().ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            next[tenant] = size - count;
        }

        return next;
    }
}
