using System.Data.Common;
using System.Text;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Engine;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Cases;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Paging;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>
/// The case lists as SQL over <c>case_summaries</c>: filters in the WHERE clause, newest filing first, keyset
/// paging on (opened_at, case_id) so a page costs the same at page 1 and page 1 000 and an append between two
/// pages neither repeats nor skips a case. A list that includes the agency's subordinates reads the cases of
/// every agency the directory's ancestor closure puts below it, in the same query, ordered (opened_at, tenant,
/// case_id) so that cases filed in the same instant by two agencies keep one order from page to page.
/// 我的案件 (<see cref="CaseOrder.Urgent"/>) is ordered in SQL too, over the whole of the officer's cases rather than
/// over a fetched page: (due order, opened_at, case_id) ascending on the officer's rows, with the cursor in that order.
/// </summary>
public sealed class CaseSummaryQueries(EventLogDatabase database)
{
    public const int MaxPageSize = PageLimit.Max;

    public async Task<CaseListPage> ListAsync(string tenantId, CaseQuery query, int first, string? after, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        PageLimit.Check(first, MaxPageSize);

        var urgent = query.Order == CaseOrder.Urgent;
        if (urgent && (query.OfficerId is null || query.IncludeSubordinates))
        {
            throw new ArgumentException("The urgent order lists one officer's cases of one agency.", nameof(query));
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var (from, key) = From(query);
        var where = Where(command, tenantId, query);
        string order;
        if (urgent)
        {
            // The officer's rows hold the order (CaseSummaryColumns.DueOrder), so the officer's range of
            // case_summary_officers_by_due gives the page, from the cursor on, already sorted.
            order = "o.due_order, o.opened_at, o.case_id";
            if (CaseDueCursor.Parse(after) is { } due)
            {
                where += " AND (o.due_order, o.opened_at, o.case_id) > (@after_due, @after_at, @after_id)";
                EventRows.Add(command, "after_due", CaseSummaryColumns.Day(due.Due, database.Dialect));
                EventRows.Add(command, "after_at", CaseSummaryColumns.Time(due.At, database.Dialect));
                EventRows.Add(command, "after_id", due.CaseId);
            }
        }
        else
        {
            order = query.IncludeSubordinates
                ? $"{key}.opened_at DESC, {key}.tenant DESC, {key}.case_id DESC"
                : $"{key}.opened_at DESC, {key}.case_id DESC";
            if (CaseCursor.Parse(after) is { } cursor)
            {
                where += After(command, key, query, cursor);
            }
        }

        command.CommandText = $"SELECT {CaseSummaryColumns.Select} FROM {from} WHERE {where} ORDER BY {order} LIMIT {first + 1};";
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

        var end = cases.Count == 0 ? null
            : urgent ? new CaseDueCursor(CaseSummaryColumns.DueOrder(cases[^1]), cases[^1].OpenedAt, cases[^1].Id).ToString()
            : new CaseCursor(cases[^1].OpenedAt, cases[^1].TenantId, cases[^1].Id).ToString();
        return new CaseListPage(cases, end, more, await AgencyNamesAsync(connection, cases, cancellationToken).ConfigureAwait(false));
    }

    // A second statement on the same connection, after the page is cut: the names of at most a page's agencies,
    // by the directory's primary key, however many cases the query had to sort.
    private static async Task<Dictionary<string, string>> AgencyNamesAsync(DbConnection connection, List<CaseSummary> cases, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var ids = cases.Select(c => c.TenantId).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return names;
        }

        await using var command = connection.CreateCommand();
        for (var i = 0; i < ids.Count; i++)
        {
            EventRows.Add(command, $"a{i}", ids[i]);
        }

        command.CommandText = $"SELECT id, name FROM agency_directory WHERE id IN ({string.Join(", ", ids.Select((_, i) => $"@a{i}"))});";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            names[reader.GetString(0)] = reader.GetString(1);
        }

        return names;
    }

    public async Task<int> CountAsync(string tenantId, CaseQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var (from, _) = From(query);
        command.CommandText = $"SELECT COUNT(*) FROM {from} WHERE {Where(command, tenantId, query)};";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    // The officer filter starts from that officer's rows, which hold the list's order too.
    private static (string From, string Key) From(CaseQuery query) => query.OfficerId is null
        ? ("case_summaries s", "s")
        : ("case_summary_officers o JOIN case_summaries s ON s.tenant = o.tenant AND s.case_id = o.case_id", "o");

    private string Where(DbCommand command, string tenantId, CaseQuery query)
    {
        var dialect = database.Dialect;
        var key = query.OfficerId is null ? "s" : "o";
        EventRows.Add(command, "tenant", tenantId);

        // The agencies below, from the closure (one index range); on PostgreSQL the closure's ids are compared in
        // the summaries' collation, so the summaries' (tenant, opened_at) index serves each agency of the scope.
        var where = new StringBuilder(query.IncludeSubordinates
            ? $"{key}.tenant IN (SELECT c.descendant{(dialect == EventLogDialect.Postgres ? " COLLATE \"default\"" : string.Empty)} FROM agency_closure c WHERE c.ancestor = @tenant)"
            : $"{key}.tenant = @tenant");
        if (query.OfficerId is { } officer)
        {
            where.Append(" AND o.officer_id = @officer");
            EventRows.Add(command, "officer", officer);
        }

        if (query.Status is { } status)
        {
            where.Append($" AND {key}.status = @status");
            EventRows.Add(command, "status", status.ToString());
        }

        if (query.Category is { } category)
        {
            where.Append(" AND s.category = @category");
            EventRows.Add(command, "category", category.ToString());
        }

        if (query.OpenedFrom is { } openedFrom)
        {
            where.Append($" AND {key}.opened_at >= @opened_from");
            EventRows.Add(command, "opened_from", CaseSummaryColumns.Time(CaseDates.ChinaMidnight(openedFrom), dialect));
        }

        if (query.OpenedTo is { } openedTo)
        {
            where.Append($" AND {key}.opened_at < @opened_before");
            EventRows.Add(command, "opened_before", CaseSummaryColumns.Time(CaseDates.ChinaMidnight(openedTo.AddDays(1)), dialect));
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

        TextSearchClause.Append(where, command, dialect, "s", "case_summary_search", ["title", "party"], query.Text);
        return where.ToString();
    }

    private string After(DbCommand command, string key, CaseQuery query, CaseCursor cursor)
    {
        var dialect = database.Dialect;
        EventRows.Add(command, "after_at", CaseSummaryColumns.Time(cursor.At, dialect));
        EventRows.Add(command, "after_id", cursor.CaseId);
        if (!query.IncludeSubordinates)
        {
            return $" AND ({key}.opened_at < @after_at OR ({key}.opened_at = @after_at AND {key}.case_id < @after_id))";
        }

        EventRows.Add(command, "after_tenant", cursor.TenantId);
        return $" AND ({key}.opened_at < @after_at OR ({key}.opened_at = @after_at AND ({key}.tenant < @after_tenant OR ({key}.tenant = @after_tenant AND {key}.case_id < @after_id))))";
    }
}
