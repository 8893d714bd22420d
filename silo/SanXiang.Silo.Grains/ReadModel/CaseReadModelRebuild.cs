using System.Diagnostics;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Review;
using SanXiang.Domain.Cases.Engine;
using SanXiang.Domain.Cases.Events;
using SanXiang.Domain.Disclosures;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Sectors;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>
/// Drops the case read model and derives it again from the event log: every case's events folded into its state
/// in order, and its <see cref="CaseSummary"/> written exactly as the live append writes it (the same
/// <see cref="CaseViews.Summary"/>, the same <see cref="CaseSummaryTable"/>), so the rebuilt rows equal the live
/// ones; likewise the legal-review queue (<see cref="ReviewQueueEntry.Of"/>, <see cref="ReviewQueueTable"/>) and the disclosures (<see cref="DisclosureEntry.Of"/>, <see cref="DisclosureTable"/>). For a read model that diverged (a bug, a restored backup) or a new table added to it.
/// </summary>
public sealed class CaseReadModelRebuild(CaseEventStore store, CaseProcedures procedures, ISectorRegistry sectors)
{
    // Cases per transaction: large enough that the commit's fsync is not the cost, small enough to stream.
    private const int BatchSize = 1000;

    public async Task<ReadModelRebuildResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var database = store.Database;
        await ClearAsync(database, cancellationToken);
        var batch = new List<CaseSummaryWrite>(BatchSize);
        var queue = new List<ReviewQueueWrite>();
        var disclosures = new List<DisclosureWrite>();
        var (cases, events) = (0, 0L);
        (string Tenant, string Case)? current = null;
        var state = new CaseState();
        long last = 0;
        await foreach (var stored in store.ReadAllAsync(cancellationToken))
        {
            var key = (stored.Event.TenantId, stored.Event.CaseId);
            if (current is { } open && open != key)
            {
                batch.Add(CaseSummaryWrite.Whole(await SummaryAsync(open, state, last)));
                Queue(queue, disclosures, open, state);
                cases++;
                state = new CaseState();
                if (batch.Count == BatchSize)
                {
                    await WriteAsync(database, batch, queue, disclosures, cancellationToken);
                }
            }

            current = key;
            state.Apply(CaseEventCodec.Instance.Decode(stored.Event.Kind, stored.Event.Payload));
            last = stored.Sequence;
            events++;
        }

        if (current is { } tail)
        {
            batch.Add(CaseSummaryWrite.Whole(await SummaryAsync(tail, state, last)));
            Queue(queue, disclosures, tail, state);
            cases++;
        }

        await WriteAsync(database, batch, queue, disclosures, cancellationToken);
        return new ReadModelRebuildResult(cases, events, watch.Elapsed);
    }

    private async Task<CaseSummary> SummaryAsync((string Tenant, string Case) key, CaseState state, long lastSequence)
    {
        var procedure = state.ProcedureHash is { } hash
            ? await procedures.FindAsync(hash) ?? throw new InvalidDataException($"案件“{key.Case}”立案时的执法程序（{hash}）缺失。")
            : PinnedProcedure.From(sectors.Find(state.SectorId) ?? throw new InvalidOperationException($"行业插件“{state.SectorId}”未加载，无法重建案件“{key.Case}”的列表行。"), state.Category)
                ?? throw new InvalidOperationException($"行业插件“{state.SectorId}”没有案件“{key.Case}”的执法程序。");

        // Neither the AV item list nor the review catalog changes a column of the row, so the rebuild needs neither.
        return CaseViews.Summary(key.Tenant, key.Case, state, new CaseProcedure(procedure, state.Simplified, [], ReviewCatalog.Empty), lastSequence);
    }

    private static void Queue(List<ReviewQueueWrite> queue, List<DisclosureWrite> disclosures, (string Tenant, string Case) key, CaseState state)
    {
        if (ReviewQueueEntry.Of(key.Tenant, key.Case, state) is { } entry)
        {
            queue.Add(new ReviewQueueWrite(key.Tenant, key.Case, entry));
        }

        if (DisclosureEntry.Of(key.Tenant, key.Case, state) is { } disclosure)
        {
            disclosures.Add(new DisclosureWrite(disclosure));
        }
    }

    private static async Task ClearAsync(EventLogDatabase database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var table in new[] { "case_summary_officers", "case_summary_deadlines", "case_summaries", "review_queue", "disclosures" }.Concat(database.Dialect == EventLogDialect.Sqlite ? ["case_summary_search", "disclosure_search"] : []))
        {
            await using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = $"DELETE FROM {table};";
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        // The disclosures' indicator counts go with their rows, from the agencies and from the departments above them
        // alike; each rebuilt row adds its counts back to both (DisclosureTable).
        foreach (var table in new[] { "plan_agency_dates", "plan_rollup_dates" })
        {
            await using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = $"DELETE FROM {table} WHERE measure IN ({AgencyDatedCounts.InList(EnforcementMeasures.OfDisclosures)});";
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task WriteAsync(EventLogDatabase database, List<CaseSummaryWrite> batch, List<ReviewQueueWrite> queue, List<DisclosureWrite> disclosures, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await CaseSummaryTable.WriteAsync(connection, transaction, database.Dialect, batch, cancellationToken);
        await ReviewQueueTable.WriteAsync(connection, transaction, database.Dialect, queue, cancellationToken);
        await DisclosureTable.WriteAsync(connection, transaction, database.Dialect, disclosures, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        batch.Clear();
        queue.Clear();
        disclosures.Clear();
    }
}
