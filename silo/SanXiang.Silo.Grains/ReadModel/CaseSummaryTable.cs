using System.Data.Common;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Search;
using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>
/// Writes each case's <see cref="CaseSummary"/> — the row, its officers, its running deadlines and its search
/// grams — in the transaction that appends the case's events (<see cref="IAppendParticipant"/>), so a list
/// never shows a case other than its record says; the rebuild writes the same rows the same way.
/// </summary>
public sealed class CaseSummaryTable : IAppendParticipant
{
    public async Task WriteAsync(AppendBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var writes = batch.Appends.SelectMany(a => a.Derived.OfType<CaseSummaryWrite>()).ToList();
        if (writes.Count > 0)
        {
            await WriteAsync(batch.Connection, batch.Transaction, batch.Dialect, writes, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Committed(AppendBatch batch)
    {
    }

    public void Abandoned()
    {
    }

    /// <summary>Writes <paramref name="writes"/> in order inside <paramref name="transaction"/> (a batch may hold several of one case).</summary>
    public static async Task WriteAsync(DbConnection connection, DbTransaction transaction, EventLogDialect dialect, IReadOnlyList<CaseSummaryWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(writes);
        foreach (var write in writes)
        {
            var summary = write.Summary;
            var rowId = await UpsertAsync(connection, transaction, dialect, summary, cancellationToken).ConfigureAwait(false);
            if (write.OfficersChanged)
            {
                await ReplaceOfficersAsync(connection, transaction, dialect, summary, cancellationToken).ConfigureAwait(false);
            }

            if (write.DeadlinesChanged)
            {
                await ReplaceDeadlinesAsync(connection, transaction, dialect, summary, cancellationToken).ConfigureAwait(false);
            }

            if (write.TextChanged && dialect == EventLogDialect.Sqlite)
            {
                await IndexAsync(connection, transaction, rowId, summary, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task<long> UpsertAsync(DbConnection connection, DbTransaction transaction, EventLogDialect dialect, CaseSummary summary, CancellationToken cancellationToken)
    {
        var postgres = dialect == EventLogDialect.Postgres;

        // On PostgreSQL the grams are columns of the row; recomputing them costs less than a second statement.
        var searchColumns = postgres ? ", search_grams, search_title, search_party" : string.Empty;
        var searchValues = postgres ? ", @search_grams, @search_title, @search_party" : string.Empty;
        var searchUpdates = postgres ? ", search_grams = excluded.search_grams, search_title = excluded.search_title, search_party = excluded.search_party" : string.Empty;
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            "INSERT INTO case_summaries (tenant, case_id, title, category, status, current_step_id, current_step_name, party_name, party_kind, party_code, " +
            $"officers, opened_at, closed_at, updated_at, next_due, open_deadlines, last_seq{searchColumns}) " +
            "VALUES (@tenant, @case_id, @title, @category, @status, @current_step_id, @current_step_name, @party_name, @party_kind, @party_code, " +
            $"@officers, @opened_at, @closed_at, @updated_at, @next_due, @open_deadlines, @last_seq{searchValues}) " +
            "ON CONFLICT (tenant, case_id) DO UPDATE SET title = excluded.title, category = excluded.category, status = excluded.status, " +
            "current_step_id = excluded.current_step_id, current_step_name = excluded.current_step_name, party_name = excluded.party_name, " +
            "party_kind = excluded.party_kind, party_code = excluded.party_code, officers = excluded.officers, opened_at = excluded.opened_at, " +
            "closed_at = excluded.closed_at, updated_at = excluded.updated_at, next_due = excluded.next_due, open_deadlines = excluded.open_deadlines, " +
            $"last_seq = excluded.last_seq{searchUpdates} " +
            (postgres ? "RETURNING 0;" : "RETURNING rowid;");
        EventRows.Add(command, "tenant", summary.TenantId);
        EventRows.Add(command, "case_id", summary.Id);
        EventRows.Add(command, "title", summary.Title);
        EventRows.Add(command, "category", summary.Category.ToString());
        EventRows.Add(command, "status", summary.Status.ToString());
        EventRows.Add(command, "current_step_id", summary.CurrentStepId);
        EventRows.Add(command, "current_step_name", summary.CurrentStepName);
        EventRows.Add(command, "party_name", summary.Party.Name);
        EventRows.Add(command, "party_kind", summary.Party.Kind.ToString());
        EventRows.Add(command, "party_code", summary.Party.IdCode);
        EventRows.Add(command, "officers", ReadModelJson.Write(summary.Officers));
        EventRows.Add(command, "opened_at", CaseSummaryColumns.Time(summary.OpenedAt, dialect));
        EventRows.Add(command, "closed_at", summary.ClosedAt is { } closed ? CaseSummaryColumns.Time(closed, dialect) : null);
        EventRows.Add(command, "updated_at", CaseSummaryColumns.Time(summary.UpdatedAt, dialect));
        EventRows.Add(command, "next_due", summary.NextDeadline is { } next ? CaseSummaryColumns.Day(next.Due, dialect) : null);
        EventRows.Add(command, "open_deadlines", ReadModelJson.Write(summary.OpenDeadlines));
        EventRows.Add(command, "last_seq", summary.LastSequence);
        if (postgres)
        {
            EventRows.Add(command, "search_grams", SearchGrams.Grams(summary.Title).Union(SearchGrams.Grams(summary.Party.Name), StringComparer.Ordinal).ToArray());
            EventRows.Add(command, "search_title", SearchGrams.Normalize(summary.Title));
            EventRows.Add(command, "search_party", SearchGrams.Normalize(summary.Party.Name));
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ReplaceOfficersAsync(DbConnection connection, DbTransaction transaction, EventLogDialect dialect, CaseSummary summary, CancellationToken cancellationToken)
    {
        await DeleteAsync(connection, transaction, "case_summary_officers", summary, cancellationToken).ConfigureAwait(false);
        foreach (var officer in summary.Officers.DistinctBy(o => o.Id))
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO case_summary_officers (tenant, officer_id, case_id, opened_at) VALUES (@tenant, @officer_id, @case_id, @opened_at);";
            EventRows.Add(insert, "tenant", summary.TenantId);
            EventRows.Add(insert, "officer_id", officer.Id);
            EventRows.Add(insert, "case_id", summary.Id);
            EventRows.Add(insert, "opened_at", CaseSummaryColumns.Time(summary.OpenedAt, dialect));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task ReplaceDeadlinesAsync(DbConnection connection, DbTransaction transaction, EventLogDialect dialect, CaseSummary summary, CancellationToken cancellationToken)
    {
        await DeleteAsync(connection, transaction, "case_summary_deadlines", summary, cancellationToken).ConfigureAwait(false);
        foreach (var due in summary.OpenDeadlines.Select(d => d.Due).Distinct())
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO case_summary_deadlines (tenant, case_id, due) VALUES (@tenant, @case_id, @due);";
            EventRows.Add(insert, "tenant", summary.TenantId);
            EventRows.Add(insert, "case_id", summary.Id);
            EventRows.Add(insert, "due", CaseSummaryColumns.Day(due, dialect));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // FTS5 has no upsert: the row's tokens are replaced whole, under the summary's own rowid.
    private static async Task IndexAsync(DbConnection connection, DbTransaction transaction, long rowId, CaseSummary summary, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM case_summary_search WHERE rowid = @rowid; INSERT INTO case_summary_search (rowid, title, party) VALUES (@rowid, @title, @party);";
        EventRows.Add(command, "rowid", rowId);
        EventRows.Add(command, "title", SearchGrams.Tokens(summary.Title));
        EventRows.Add(command, "party", SearchGrams.Tokens(summary.Party.Name));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task DeleteAsync(DbConnection connection, DbTransaction transaction, string table, CaseSummary summary, CancellationToken cancellationToken)
    {
        await using var delete = connection.CreateCommand();
        delete.Transaction = transaction;
        delete.CommandText = $"DELETE FROM {table} WHERE tenant = @tenant AND case_id = @case_id;";
        EventRows.Add(delete, "tenant", summary.TenantId);
        EventRows.Add(delete, "case_id", summary.Id);
        await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
