using System.Data.Common;
using System.Globalization;
using SanXiang.Domain.Disclosures;
using SanXiang.Domain.Search;
using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>
/// Writes the disclosure rows (<see cref="DisclosureWrite"/>) in the transaction that appends the case's events, as
/// <see cref="ReviewQueueTable"/> writes the review queue, so the portal never shows a decision other than the chain
/// says, and with them the agency's 公示及时率 counts; the rebuild writes the same rows the same way. Only a published record's masked text reaches the public
/// columns and the search index.
/// </summary>
public sealed class DisclosureTable : IAppendParticipant
{
    private const string Columns =
        "tenant, case_id, case_title, party_name, category, decided_on, document_number, status, due, due_error, bar, bar_reason, status_at, list_at, " +
        "published_at, display_until, record_seq, record_hash, record, pub_party, pub_document_number, search_number, withdrawn_at, withdraw_reason, withdraw_due, corrected_at, correct_reason";

    public async Task WriteAsync(AppendBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var writes = batch.Derived<DisclosureWrite>();
        if (writes.Count > 0)
        {
            await WriteAsync(batch.Connection, batch.Transaction, batch.Dialect, writes, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes <paramref name="writes"/> in order inside <paramref name="transaction"/>.</summary>
    public static async Task WriteAsync(DbConnection connection, DbTransaction transaction, EventLogDialect dialect, IReadOnlyList<DisclosureWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(writes);
        var postgres = dialect == EventLogDialect.Postgres;
        var names = Columns.Split(", ");
        var allColumns = postgres ? [.. names, "search_grams", "search_party"] : names;
        var sql =
            $"INSERT INTO disclosures ({string.Join(", ", allColumns)}) VALUES ({string.Join(", ", allColumns.Select(c => "@" + c))}) " +
            $"ON CONFLICT (tenant, case_id) DO UPDATE SET {string.Join(", ", allColumns.Skip(2).Select(c => $"{c} = excluded.{c}"))}" +
            (postgres ? ";" : " RETURNING rowid;");
        foreach (var write in writes)
        {
            var entry = write.Entry;
            var record = entry.Record;
            long rowId;
            await using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = sql;
                EventRows.Add(command, "tenant", entry.TenantId);
                EventRows.Add(command, "case_id", entry.CaseId);
                EventRows.Add(command, "case_title", entry.CaseTitle);
                EventRows.Add(command, "party_name", entry.PartyName);
                EventRows.Add(command, "category", entry.Category.ToString());
                EventRows.Add(command, "decided_on", CaseSummaryColumns.Day(entry.DecidedOn, dialect));
                EventRows.Add(command, "document_number", entry.DocumentNumber);
                EventRows.Add(command, "status", entry.Status.ToString());
                EventRows.Add(command, "due", Day(entry.Due, dialect));
                EventRows.Add(command, "due_error", entry.DueError);
                EventRows.Add(command, "bar", entry.Bar?.ToString());
                EventRows.Add(command, "bar_reason", entry.BarReason);
                EventRows.Add(command, "status_at", CaseSummaryColumns.Time(entry.StatusAt, dialect));
                EventRows.Add(command, "list_at", CaseSummaryColumns.Time(DisclosureColumns.ListAt(entry), dialect));
                EventRows.Add(command, "published_at", Time(entry.PublishedAt, dialect));
                EventRows.Add(command, "display_until", Day(entry.DisplayUntil, dialect));
                EventRows.Add(command, "record_seq", entry.RecordSequence);
                EventRows.Add(command, "record_hash", entry.RecordHash);
                EventRows.Add(command, "record", record is null ? null : ReadModelJson.Write(record));
                EventRows.Add(command, "pub_party", record?.PartyName);
                EventRows.Add(command, "pub_document_number", record?.DocumentNumber);
                EventRows.Add(command, "search_number", SearchGrams.Normalize(record?.DocumentNumber));
                EventRows.Add(command, "withdrawn_at", Time(entry.WithdrawnAt, dialect));
                EventRows.Add(command, "withdraw_reason", entry.WithdrawReason);
                EventRows.Add(command, "withdraw_due", Day(entry.WithdrawDue, dialect));
                EventRows.Add(command, "corrected_at", Time(entry.CorrectedAt, dialect));
                EventRows.Add(command, "correct_reason", entry.CorrectReason);
                if (postgres)
                {
                    EventRows.Add(command, "search_grams", SearchGrams.Grams(record?.PartyName).Union(SearchGrams.Grams(record?.DocumentNumber), StringComparer.Ordinal).ToArray());
                    EventRows.Add(command, "search_party", SearchGrams.Normalize(record?.PartyName));
                }

                var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                rowId = postgres ? 0 : Convert.ToInt64(result, CultureInfo.InvariantCulture);
            }

            if (!postgres)
            {
                await IndexAsync(connection, transaction, rowId, record, cancellationToken).ConfigureAwait(false);
            }

            var counts = AgencyDatedCounts.Difference(EnforcementMeasures.Of(write.Before), EnforcementMeasures.Of(entry));
            await AgencyDatedCounts.AddAsync(connection, transaction, dialect, entry.TenantId, counts).ConfigureAwait(false);
        }
    }

    // FTS5 has no upsert: the row's tokens are replaced whole, under the row's own rowid; a draft has none.
    private static async Task IndexAsync(DbConnection connection, DbTransaction transaction, long rowId, PublishedDecision? record, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = record is null
            ? "DELETE FROM disclosure_search WHERE rowid = @rowid;"
            : "DELETE FROM disclosure_search WHERE rowid = @rowid; INSERT INTO disclosure_search (rowid, party, number) VALUES (@rowid, @party, @number);";
        EventRows.Add(command, "rowid", rowId);
        if (record is not null)
        {
            EventRows.Add(command, "party", SearchGrams.Tokens(record.PartyName));
            EventRows.Add(command, "number", SearchGrams.Tokens(record.DocumentNumber));
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static object? Day(DateOnly? day, EventLogDialect dialect) => day is { } value ? CaseSummaryColumns.Day(value, dialect) : null;

    private static object? Time(DateTimeOffset? at, EventLogDialect dialect) => at is { } value ? CaseSummaryColumns.Time(value, dialect) : null;
}
