using System.Data.Common;
using System.Text.RegularExpressions;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Search;
using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>
/// Writes each case's <see cref="CaseSummary"/> — the row, its officers, its running deadlines and its search
/// grams — in the transaction that appends the case's events (<see cref="IAppendParticipant"/>), so a list
/// never shows a case other than its record says; the rebuild writes the same rows the same way.
/// </summary>
public sealed partial class CaseSummaryTable : IAppendParticipant
{
    public async Task WriteAsync(AppendBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var writes = batch.Derived<CaseSummaryWrite>();
        if (writes.Count > 0)
        {
            await WriteAsync(batch.Connection, batch.Transaction, batch.Dialect, writes, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Writes <paramref name="writes"/> in order inside <paramref name="transaction"/> (a batch may hold several of one case).
    /// On PostgreSQL every statement goes in one <see cref="DbBatch"/>, one round trip for the whole batch (as the events
    /// themselves, <see cref="EventInserts"/>); SQLite runs in-process, and needs each upsert's rowid for its search index.
    /// </summary>
    public static async Task WriteAsync(DbConnection connection, DbTransaction transaction, EventLogDialect dialect, IReadOnlyList<CaseSummaryWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(writes);
        if (dialect == EventLogDialect.Postgres && connection.CanCreateBatch)
        {
            await using var batch = connection.CreateBatch();
            batch.Transaction = transaction;
            foreach (var statement in writes.SelectMany(write => Statements(write, dialect)))
            {
                batch.BatchCommands.Add(statement.ToBatchCommand(batch));
            }

            if (batch.BatchCommands.Count > 0)
            {
                await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        foreach (var write in writes)
        {
            long rowId = 0;
            foreach (var statement in Statements(write, dialect))
            {
                await using var command = statement.ToCommand(connection, transaction);
                var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                if (statement.ReturnsRowId)
                {
                    rowId = Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            if (write.TextChanged && dialect == EventLogDialect.Sqlite)
            {
                await IndexAsync(connection, transaction, rowId, write.Summary, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The statements that bring the case's rows to <paramref name="write"/>: the row, then the child rows that changed.</summary>
    private static IEnumerable<Statement> Statements(CaseSummaryWrite write, EventLogDialect dialect)
    {
        var summary = write.Summary;
        yield return Upsert(dialect, summary);
        if (write.OfficersChanged)
        {
            yield return Delete("case_summary_officers", summary);
            foreach (var officer in summary.Officers.DistinctBy(o => o.Id))
            {
                yield return new Statement(
                    "INSERT INTO case_summary_officers (tenant, officer_id, case_id, opened_at, status, due_order) VALUES (@tenant, @officer_id, @case_id, @opened_at, @status, @due_order);",
                    [("tenant", summary.TenantId), ("officer_id", officer.Id), ("case_id", summary.Id), ("opened_at", CaseSummaryColumns.Time(summary.OpenedAt, dialect)), .. Rank(summary, dialect)]);
            }
        }
        else if (write.RankChanged)
        {
            // By primary key, one row per officer: the rows are the case's current officers, as they were last written.
            foreach (var officer in summary.Officers.DistinctBy(o => o.Id))
            {
                yield return new Statement(
                    "UPDATE case_summary_officers SET status = @status, due_order = @due_order WHERE tenant = @tenant AND officer_id = @officer_id AND case_id = @case_id;",
                    [("tenant", summary.TenantId), ("officer_id", officer.Id), ("case_id", summary.Id), .. Rank(summary, dialect)]);
            }
        }

        if (write.DeadlinesChanged)
        {
            yield return Delete("case_summary_deadlines", summary);
            foreach (var due in summary.OpenDeadlines.Select(d => d.Due).Distinct())
            {
                yield return new Statement(
                    "INSERT INTO case_summary_deadlines (tenant, case_id, due) VALUES (@tenant, @case_id, @due);",
                    [("tenant", summary.TenantId), ("case_id", summary.Id), ("due", CaseSummaryColumns.Day(due, dialect))]);
            }
        }
    }

    private static Statement Upsert(EventLogDialect dialect, CaseSummary summary)
    {
        var postgres = dialect == EventLogDialect.Postgres;

        // On PostgreSQL the grams are columns of the row; recomputing them costs less than a second statement.
        var searchColumns = postgres ? ", search_grams, search_title, search_party" : string.Empty;
        var searchValues = postgres ? ", @search_grams, @search_title, @search_party" : string.Empty;
        var searchUpdates = postgres ? ", search_grams = excluded.search_grams, search_title = excluded.search_title, search_party = excluded.search_party" : string.Empty;
        var sql =
            "INSERT INTO case_summaries (tenant, case_id, title, category, status, current_step_id, current_step_name, party_name, party_kind, party_code, " +
            $"officers, opened_at, closed_at, updated_at, next_due, open_deadlines, last_seq{searchColumns}) " +
            "VALUES (@tenant, @case_id, @title, @category, @status, @current_step_id, @current_step_name, @party_name, @party_kind, @party_code, " +
            $"@officers, @opened_at, @closed_at, @updated_at, @next_due, @open_deadlines, @last_seq{searchValues}) " +
            "ON CONFLICT (tenant, case_id) DO UPDATE SET title = excluded.title, category = excluded.category, status = excluded.status, " +
            "current_step_id = excluded.current_step_id, current_step_name = excluded.current_step_name, party_name = excluded.party_name, " +
            "party_kind = excluded.party_kind, party_code = excluded.party_code, officers = excluded.officers, opened_at = excluded.opened_at, " +
            "closed_at = excluded.closed_at, updated_at = excluded.updated_at, next_due = excluded.next_due, open_deadlines = excluded.open_deadlines, " +
            $"last_seq = excluded.last_seq{searchUpdates}" +
            (postgres ? ";" : " RETURNING rowid;");
        List<(string, object?)> parameters =
        [
            ("tenant", summary.TenantId),
            ("case_id", summary.Id),
            ("title", summary.Title),
            ("category", summary.Category.ToString()),
            ("status", summary.Status.ToString()),
            ("current_step_id", summary.CurrentStepId),
            ("current_step_name", summary.CurrentStepName),
            ("party_name", summary.Party.Name),
            ("party_kind", summary.Party.Kind.ToString()),
            ("party_code", summary.Party.IdCode),
            ("officers", ReadModelJson.Write(summary.Officers)),
            ("opened_at", CaseSummaryColumns.Time(summary.OpenedAt, dialect)),
            ("closed_at", summary.ClosedAt is { } closed ? CaseSummaryColumns.Time(closed, dialect) : null),
            ("updated_at", CaseSummaryColumns.Time(summary.UpdatedAt, dialect)),
            ("next_due", summary.NextDeadline is { } next ? CaseSummaryColumns.Day(next.Due, dialect) : null),
            ("open_deadlines", ReadModelJson.Write(summary.OpenDeadlines)),
            ("last_seq", summary.LastSequence),
        ];
        if (postgres)
        {
            parameters.Add(("search_grams", SearchGrams.Grams(summary.Title).Union(SearchGrams.Grams(summary.Party.Name), StringComparer.Ordinal).ToArray()));
            parameters.Add(("search_title", SearchGrams.Normalize(summary.Title)));
            parameters.Add(("search_party", SearchGrams.Normalize(summary.Party.Name)));
        }

        return new Statement(sql, parameters, ReturnsRowId: !postgres);
    }

    // What 我的案件 filters and orders an officer's rows by, kept beside them so one index range serves the list.
    private static (string, object?)[] Rank(CaseSummary summary, EventLogDialect dialect) =>
        [("status", summary.Status.ToString()), ("due_order", CaseSummaryColumns.Day(CaseSummaryColumns.DueOrder(summary), dialect))];

    private static Statement Delete(string table, CaseSummary summary) =>
        new($"DELETE FROM {table} WHERE tenant = @tenant AND case_id = @case_id;", [("tenant", summary.TenantId), ("case_id", summary.Id)]);

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

    /// <summary>One statement with named parameters; Npgsql's batch commands take positional ones ($1…), so the names are numbered for a batch.</summary>
    private sealed record Statement(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters, bool ReturnsRowId = false)
    {
        public DbCommand ToCommand(DbConnection connection, DbTransaction transaction)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Sql;
            foreach (var (name, value) in Parameters)
            {
                EventRows.Add(command, name, value);
            }

            return command;
        }

        public DbBatchCommand ToBatchCommand(DbBatch batch)
        {
            var command = batch.CreateBatchCommand();
            var positions = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (name, value) in Parameters)
            {
                positions[name] = positions.Count + 1;
                var parameter = command.CreateParameter();
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }

            command.CommandText = ParameterName().Replace(Sql, match => "$" + positions[match.Groups[1].Value].ToString(System.Globalization.CultureInfo.InvariantCulture));
            return command;
        }
    }

    [GeneratedRegex(@"@(\w+)")]
    private static partial Regex ParameterName();
}
