using System.Data.Common;
using System.Text;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Search;
using SanXiang.Silo.Cases;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Paging;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>
/// The case lists as SQL over <c>case_summaries</c>: filters in the WHERE clause, newest filing first, keyset
/// paging on (opened_at, case_id) so a page costs the same at page 1 and page 1 000 and an append between two
/// pages neither repeats nor skips a case.
/// </summary>
public sealed class CaseSummaryQueries(EventLogDatabase database)
{
    public const int MaxPageSize = PageLimit.Max;

    public async Task<CaseListPage> ListAsync(string tenantId, CaseQuery query, int first, string? after, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (first is < 1 or > MaxPageSize)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, $"每页条数（first）应在 1 到 {MaxPageSize} 之间。", [new FieldProblem("first", $"每页条数应在 1 到 {MaxPageSize} 之间。")]);
        }

        var cursor = CaseCursor.Parse(after);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var where = Where(command, tenantId, query, cursor);
        command.CommandText = query.OfficerId is null
            ? $"SELECT {CaseSummaryColumns.Select} FROM case_summaries s WHERE {where} ORDER BY s.opened_at DESC, s.case_id DESC LIMIT {first + 1};"
            : $"SELECT {CaseSummaryColumns.Select} FROM case_summary_officers o JOIN case_summaries s ON s.tenant = o.tenant AND s.case_id = o.case_id " +
              $"WHERE o.tenant = @tenant AND o.officer_id = @officer AND {where} ORDER BY o.opened_at DESC, o.case_id DESC LIMIT {first + 1};";
        var cases = new List<CaseSummary>(first + 1);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                cases.Add(CaseSummaryColumns.Read(reader, database.Dialect));
            }
        }

        var more = cases.Count > first;
        if (more)
        {
            cases.RemoveAt(cases.Count - 1);
        }

        return new CaseListPage(cases, cases.Count == 0 ? null : new CaseCursor(cases[^1].OpenedAt, cases[^1].Id).ToString(), more);
    }

    public async Task<int> CountAsync(string tenantId, CaseQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var where = Where(command, tenantId, query, null);
        command.CommandText = query.OfficerId is null
            ? $"SELECT COUNT(*) FROM case_summaries s WHERE {where};"
            : $"SELECT COUNT(*) FROM case_summary_officers o JOIN case_summaries s ON s.tenant = o.tenant AND s.case_id = o.case_id WHERE o.tenant = @tenant AND o.officer_id = @officer AND {where};";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    private string Where(DbCommand command, string tenantId, CaseQuery query, CaseCursor? cursor)
    {
        var dialect = database.Dialect;
        var where = new StringBuilder("s.tenant = @tenant");
        EventRows.Add(command, "tenant", tenantId);
        if (query.OfficerId is { } officer)
        {
            EventRows.Add(command, "officer", officer);
        }

        if (query.Status is { } status)
        {
            where.Append(" AND s.status = @status");
            EventRows.Add(command, "status", status.ToString());
        }

        if (query.Category is { } category)
        {
            where.Append(" AND s.category = @category");
            EventRows.Add(command, "category", category.ToString());
        }

        if (query.Overdue is not null || query.DueWithinDays is not null)
        {
            EventRows.Add(command, "today", CaseSummaryColumns.Day(query.Today, dialect));
        }

        if (query.Overdue is { } overdue)
        {
            where.Append(overdue
                ? " AND s.status = 'Open' AND s.next_due < @today"
                : " AND NOT (s.status = 'Open' AND s.next_due IS NOT NULL AND s.next_due < @today)");
        }

        if (query.DueWithinDays is { } days)
        {
            if (days is < 0 or > 366)
            {
                throw new SanXiangException(ErrorCodes.ValidationFailed, "withinDays 应在 0 到 366 天之间。", [new FieldProblem("withinDays", "应在 0 到 366 天之间。")]);
            }

            where.Append(" AND s.status = 'Open' AND EXISTS (SELECT 1 FROM case_summary_deadlines d WHERE d.tenant = s.tenant AND d.case_id = s.case_id AND d.due >= @today AND d.due <= @last)");
            EventRows.Add(command, "last", CaseSummaryColumns.Day(query.Today.AddDays(days), dialect));
        }

        if (query.Text is { } text && SearchGrams.QueryGrams(text) is { Count: > 0 } grams)
        {
            if (dialect == EventLogDialect.Postgres)
            {
                // The GIN index narrows to rows holding every gram; the LIKE keeps those where they stand together.
                where.Append(" AND s.search_grams @> @grams AND (s.search_title LIKE @like OR s.search_party LIKE @like)");
                EventRows.Add(command, "grams", grams.ToArray());
                EventRows.Add(command, "like", "%" + SearchGrams.NormalizeQuery(text) + "%");
            }
            else
            {
                // Tokens are letters and digits only (SearchGrams.Normalize), so a quoted phrase needs no escaping.
                where.Append(" AND s.rowid IN (SELECT rowid FROM case_summary_search WHERE case_summary_search MATCH @match)");
                EventRows.Add(command, "match", "{title party} : \"" + string.Join(' ', grams) + "\"");
            }
        }

        if (cursor is not null)
        {
            var order = query.OfficerId is null ? "s" : "o";
            where.Append($" AND ({order}.opened_at < @after_at OR ({order}.opened_at = @after_at AND {order}.case_id < @after_id))");
            EventRows.Add(command, "after_at", CaseSummaryColumns.Time(cursor.At, dialect));
            EventRows.Add(command, "after_id", cursor.CaseId);
        }

        return where.ToString();
    }
}
