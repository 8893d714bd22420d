using System.Data.Common;
using System.Globalization;
using System.Text;
using SanXiang.Domain.Cases.Review;
using SanXiang.Silo.Cases;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Paging;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>
/// The legal-review queue as SQL over <c>review_queue</c>: oldest submission first, keyset paging on
/// (submitted_at, case_id) as the case lists page, so a page costs the same wherever it starts.
/// </summary>
public sealed class ReviewQueueQueries(EventLogDatabase database)
{
    private const string Columns = "q.tenant, q.case_id, q.title, q.party_name, q.proposal_summary, q.submitted_at, q.due, q.suspended, q.supply_by, q.reviewer_id, q.reviewer_name, q.reviewer_account";

    public async Task<ReviewQueuePage> ListAsync(string tenantId, ReviewQueueQuery query, int first, string? after, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        PageLimit.Check(first);

        var cursor = CaseCursor.Parse(after);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM review_queue q WHERE {Where(command, tenantId, query, cursor)} ORDER BY q.submitted_at, q.case_id LIMIT {first + 1};";
        var entries = new List<ReviewQueueEntry>(first + 1);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                entries.Add(Read(reader));
            }
        }

        var more = entries.Count > first;
        if (more)
        {
            entries.RemoveAt(entries.Count - 1);
        }

        return new ReviewQueuePage(entries, entries.Count == 0 ? null : new CaseCursor(entries[^1].SubmittedAt, tenantId, entries[^1].CaseId).ToString(), more);
    }

    public async Task<int> CountAsync(string tenantId, ReviewQueueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM review_queue q WHERE {Where(command, tenantId, query, null)};";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private string Where(DbCommand command, string tenantId, ReviewQueueQuery query, CaseCursor? cursor)
    {
        var dialect = database.Dialect;
        var where = new StringBuilder("q.tenant = @tenant");
        EventRows.Add(command, "tenant", tenantId);
        if (query.ReviewerAccount is { } account)
        {
            where.Append(" AND q.reviewer_account = @account");
            EventRows.Add(command, "account", account);
        }

        if (query.Overdue is { } overdue)
        {
            // A suspended review's clock stands still (ReviewQueueEntry.IsOverdueOn).
            var running = dialect == EventLogDialect.Postgres ? "NOT q.suspended" : "q.suspended = 0";
            where.Append(overdue ? $" AND {running} AND q.due < @today" : $" AND NOT ({running} AND q.due IS NOT NULL AND q.due < @today)");
            EventRows.Add(command, "today", CaseSummaryColumns.Day(query.Today, dialect));
        }

        if (cursor is not null)
        {
            where.Append(" AND (q.submitted_at > @after_at OR (q.submitted_at = @after_at AND q.case_id > @after_id))");
            EventRows.Add(command, "after_at", CaseSummaryColumns.Time(cursor.At, dialect));
            EventRows.Add(command, "after_id", cursor.CaseId);
        }

        return where.ToString();
    }

    private ReviewQueueEntry Read(DbDataReader reader)
    {
        var dialect = database.Dialect;
        return new ReviewQueueEntry(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.GetString(3),
            reader.GetString(4),
            CaseSummaryColumns.ReadTime(reader, 5, dialect),
            CaseSummaryColumns.ReadDay(reader, 6, dialect),
            dialect == EventLogDialect.Postgres ? reader.GetBoolean(7) : reader.GetInt64(7) != 0,
            CaseSummaryColumns.ReadDay(reader, 8, dialect),
            reader.IsDBNull(9) ? null : reader.GetString(9),
            reader.IsDBNull(10) ? null : reader.GetString(10),
            reader.IsDBNull(11) ? null : reader.GetString(11));
    }
}
