using System.Data.Common;
using System.Globalization;
using System.Text;
using SanXiang.Domain.Disclosures;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Disclosures;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Paging;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>
/// The disclosure lists as SQL over <c>disclosures</c>, keyset-paged as the case lists page. The agency's list reads
/// every column; the portal's search reads only the public ones (the masked record), of rows published or withdrawn and
/// still in their display period on the day asked — a row past it is left out, never deleted.
/// </summary>
public sealed class DisclosureQueries(EventLogDatabase database)
{
    private const string PublicColumns = "d.tenant, d.case_id, d.record, d.record_hash, d.record_seq, d.published_at, d.display_until, d.status, d.withdrawn_at, d.withdraw_reason, d.corrected_at, d.correct_reason";

    public async Task<DisclosurePage> ListAsync(string tenantId, DisclosureQuery query, int first, string? after, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        PageLimit.Check(first);
        var cursor = CaseCursor.Parse(after);
        // Drafts by due day, the most overdue first; everything else latest first.
        var ascending = query.Status == DisclosureStatus.Draft;
        var (order, next) = ascending ? ("ASC", ">") : ("DESC", "<");
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var where = Where(command, tenantId, query);
        if (cursor is not null)
        {
            where += $" AND (d.list_at {next} @after_at OR (d.list_at = @after_at AND d.case_id {next} @after_id))";
            EventRows.Add(command, "after_at", CaseSummaryColumns.Time(cursor.At, database.Dialect));
            EventRows.Add(command, "after_id", cursor.CaseId);
        }

        command.CommandText = $"SELECT {DisclosureColumns.Select} FROM disclosures d WHERE {where} ORDER BY d.list_at {order}, d.case_id {order} LIMIT {first + 1};";
        var entries = new List<DisclosureEntry>(first + 1);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                entries.Add(DisclosureColumns.Read(reader, database.Dialect));
            }
        }

        var more = entries.Count > first;
        if (more)
        {
            entries.RemoveAt(entries.Count - 1);
        }

        return new DisclosurePage(entries, entries.Count == 0 ? null : new CaseCursor(DisclosureColumns.ListAt(entries[^1]), tenantId, entries[^1].CaseId).ToString(), more);
    }

    public async Task<int> CountAsync(string tenantId, DisclosureQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM disclosures d WHERE {Where(command, tenantId, query)};";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    /// <summary>The portal's search, newest publication first; a malformed cursor or range is answered with VALIDATION_FAILED.</summary>
    public async Task<PublicDecisionPage> SearchPublishedAsync(PublishedDecisionQuery query, int first, string? after, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        PageLimit.Check(first);
        if (query.From is { } from && query.To is { } to && from > to)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, "起始日期不能晚于截止日期。", [new FieldProblem("from", "起始日期不能晚于截止日期。")]);
        }

        var cursor = CaseCursor.Parse(after);
        var dialect = database.Dialect;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var where = new StringBuilder("d.status IN ('Published', 'Withdrawn') AND d.display_until >= @today");
        EventRows.Add(command, "today", CaseSummaryColumns.Day(query.Today, dialect));
        if (query.TenantId is { } tenant)
        {
            where.Append(" AND d.tenant = @tenant");
            EventRows.Add(command, "tenant", tenant);
        }

        if (query.Category is { } category)
        {
            where.Append(" AND d.category = @category");
            EventRows.Add(command, "category", category.ToString());
        }

        if (query.From is { } fromDay)
        {
            where.Append(" AND d.decided_on >= @from");
            EventRows.Add(command, "from", CaseSummaryColumns.Day(fromDay, dialect));
        }

        if (query.To is { } toDay)
        {
            where.Append(" AND d.decided_on <= @to");
            EventRows.Add(command, "to", CaseSummaryColumns.Day(toDay, dialect));
        }

        if (DocumentNumberQuery.KeyOf(query.Text) is { } number)
        {
            where.Append(" AND d.search_number = @number");
            EventRows.Add(command, "number", number);
        }
        else
        {
            TextSearchClause.Append(where, command, dialect, "d", "disclosure_search", ["party", "number"], query.Text);
        }

        if (cursor is not null)
        {
            where.Append(" AND (d.published_at < @after_at OR (d.published_at = @after_at AND (d.tenant < @after_tenant OR (d.tenant = @after_tenant AND d.case_id < @after_id))))");
            EventRows.Add(command, "after_at", CaseSummaryColumns.Time(cursor.At, dialect));
            EventRows.Add(command, "after_tenant", cursor.TenantId);
            EventRows.Add(command, "after_id", cursor.CaseId);
        }

        command.CommandText = $"SELECT {PublicColumns} FROM disclosures d WHERE {where} ORDER BY d.published_at DESC, d.tenant DESC, d.case_id DESC LIMIT {first + 1};";
        var decisions = new List<PublicDecision>(first + 1);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                decisions.Add(ReadPublic(reader, dialect));
            }
        }

        var more = decisions.Count > first;
        if (more)
        {
            decisions.RemoveAt(decisions.Count - 1);
        }

        var last = decisions.Count == 0 ? null : decisions[^1];
        return new PublicDecisionPage(decisions, last is null ? null : new CaseCursor(last.PublishedAt, last.TenantId, last.CaseId).ToString(), more);
    }

    private string Where(DbCommand command, string tenantId, DisclosureQuery query)
    {
        var where = new StringBuilder("d.tenant = @tenant");
        EventRows.Add(command, "tenant", tenantId);
        if (query.Status is { } status)
        {
            where.Append(" AND d.status = @status");
            EventRows.Add(command, "status", status.ToString());
        }

        if (query.Overdue is { } overdue)
        {
            where.Append(overdue ? " AND d.status = 'Draft' AND d.due < @today" : " AND NOT (d.status = 'Draft' AND d.due IS NOT NULL AND d.due < @today)");
            EventRows.Add(command, "today", CaseSummaryColumns.Day(query.Today, database.Dialect));
        }

        return where.ToString();
    }

    // A withdrawn decision's content is withdrawn from view (行政处罚法 第四十八条: 撤回行政处罚决定信息): the portal keeps
    // only which decision it was (agency, number, party as masked, day) and why it was withdrawn.
    private static PublicDecision ReadPublic(DbDataReader reader, EventLogDialect dialect)
    {
        var record = ReadModelJson.Read<PublishedDecision>(reader.GetString(2));
        var withdrawn = reader.GetString(7) == nameof(DisclosureStatus.Withdrawn);
        return new(
            reader.GetString(0),
            reader.GetString(1),
            withdrawn ? record with { Conclusion = "", Basis = "", Facts = "" } : record,
            reader.GetString(3),
            reader.GetInt64(4),
            CaseSummaryColumns.ReadTime(reader, 5, dialect),
            CaseSummaryColumns.ReadDay(reader, 6, dialect)!.Value,
            withdrawn,
            reader.IsDBNull(8) ? null : CaseSummaryColumns.ReadTime(reader, 8, dialect),
            reader.IsDBNull(9) ? null : reader.GetString(9),
            reader.IsDBNull(10) ? null : CaseSummaryColumns.ReadTime(reader, 10, dialect),
            reader.IsDBNull(11) ? null : reader.GetString(11));
    }
}
