using System.Data.Common;
using System.Globalization;
using System.Text;
using SanXiang.Domain.Agencies;
using SanXiang.Silo.Agencies;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Silo.Grains.Agencies.ReadModel;

/// <summary>
/// The directory's read queries. Visibility is a closure lookup, so a supervisor's agencies are one
/// query at any depth; a page first counts what matches, which also decides how to read the page.
/// </summary>
internal sealed class AgencyDirectoryQueries(EventLogDatabase database)
{
    // More changes than this are not listed: the asking cache starts over.
    private const int MaxListedChanges = 256;

    public async Task<AgencyListPage> ListAsync(AgencyQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.First is < 0 or > AgencyQuery.MaxFirst)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, $"每页条数应在 0 到 {AgencyQuery.MaxFirst} 之间。");
        }

        if (query.Within is { Count: 0 })
        {
            return new AgencyListPage([], 0, false);
        }

        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        var (total, directory) = await CountAsync(connection, query).ConfigureAwait(false);

        // Two ways to a page of a scope. Walking the list's index in order and checking each row's
        // closure stops after the page, which is cheap when most agencies are in scope (a province's
        // supervisor); it visits about (first + 1) × directory / total rows. Starting from the scope's
        // closure rows and sorting them costs about the scope's size (a county's supervisor). Take the
        // smaller: the same query that counted the scope says which.
        var walk = query.Within is null || (long)total * total >= (long)(query.First + 1) * directory;
        await using var command = connection.CreateCommand();
        var filter = Filter(command, query);
        var scope = query.Within is { } within ? Scope(command, within, walk) : (Join: string.Empty, Where: string.Empty);
        var after = query.After is null ? string.Empty : " AND (a.region_code, a.id) > (@after_region, @after_id)";
        if (query.After is { } cursor)
        {
            EventRows.Add(command, "after_region", cursor.RegionCode);
            EventRows.Add(command, "after_id", cursor.Id);
        }

        // One row more than asked tells whether another page follows.
        EventRows.Add(command, "limit", query.First + 1);
        command.CommandText =
            $"""
            SELECT {AgencyRows.Select("a")}, p.name, a.child_count
            FROM agency_directory a{scope.Join} LEFT JOIN agency_directory p ON p.id = a.parent_id
            WHERE {filter}{scope.Where}{after}
            ORDER BY a.region_code, a.id
            LIMIT @limit;
            """;
        var items = new List<AgencyListing>();
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        var columns = AgencyRows.Columns.Length;
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            items.Add(new AgencyListing(
                AgencyRows.Read(reader),
                reader.IsDBNull(columns) ? null : reader.GetString(columns),
                Convert.ToInt32(reader.GetValue(columns + 1), CultureInfo.InvariantCulture)));
        }

        var hasNext = items.Count > query.First;
        return new AgencyListPage(hasNext ? items[..query.First] : items, total, hasNext);
    }

    /// <summary>How many agencies match (the scope's closure rows joined to their agencies), and how many the directory holds.</summary>
    private async Task<(int Total, int Directory)> CountAsync(DbConnection connection, AgencyQuery query)
    {
        await using var command = connection.CreateCommand();
        var filter = Filter(command, query);
        string count;
        if (query.Within is { } within && filter == NoFilter)
        {
            // A scope alone is counted from the closure's ancestor index, without touching the agencies: every
            // descendant there has its row. (On PostgreSQL the join to the agencies cost four times the count.)
            var ancestors = InList(command, "w", within);
            count = within.Count == 1
                ? $"SELECT COUNT(*) FROM agency_closure WHERE ancestor = {ancestors}"
                : $"SELECT COUNT(*) FROM (SELECT DISTINCT descendant FROM agency_closure WHERE ancestor IN ({ancestors})) s";
        }
        else
        {
            var join = query.Within is { } scope ? Scope(command, scope, walk: false).Join : string.Empty;
            count = $"SELECT COUNT(*) FROM agency_directory a{join} WHERE {filter}";
        }

        command.CommandText =
            $"""
            {count};
            SELECT COUNT(*) FROM agency_directory;
            """;
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        await reader.ReadAsync().ConfigureAwait(false);
        var total = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
        await reader.NextResultAsync().ConfigureAwait(false);
        await reader.ReadAsync().ConfigureAwait(false);
        return (total, Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
    }

    // The agencies within the scope, each once even where the scope's agencies lie within each other:
    // as a check per row (walk) or as the set of descendants to start from.
    private static (string Join, string Where) Scope(DbCommand command, IReadOnlyList<string> within, bool walk)
    {
        var ancestors = InList(command, "w", within);
        return walk
            ? (string.Empty, $" AND EXISTS (SELECT 1 FROM agency_closure c WHERE c.descendant = a.id AND c.ancestor IN ({ancestors}))")
            : ($" JOIN (SELECT DISTINCT descendant FROM agency_closure WHERE ancestor IN ({ancestors})) s ON s.descendant = a.id", string.Empty);
    }

    public async Task<AgencyProfile?> FindAsync(string tenantId)
    {
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {AgencyRows.Select("a")} FROM agency_directory a WHERE a.id = @id;";
        EventRows.Add(command, "id", tenantId);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        return await reader.ReadAsync().ConfigureAwait(false) ? AgencyRows.Read(reader) : null;
    }

    public async Task<bool> IsWithinAsync(IReadOnlyList<string> ancestors, string tenantId)
    {
        if (ancestors.Count == 0)
        {
            return false;
        }

        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT 1 FROM agency_closure c WHERE c.descendant = @id AND c.ancestor IN ({InList(command, "w", ancestors)}) LIMIT 1;";
        EventRows.Add(command, "id", tenantId);
        return await command.ExecuteScalarAsync().ConfigureAwait(false) is not null and not DBNull;
    }

    public async Task<IReadOnlyList<string>> AncestorsAsync(string tenantId)
    {
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT ancestor FROM agency_closure WHERE descendant = @id ORDER BY depth;";
        EventRows.Add(command, "id", tenantId);
        var ancestors = new List<string>();
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            ancestors.Add(reader.GetString(0));
        }

        return ancestors;
    }

    public async Task<AgencyChanges> ChangesSinceAsync(long version)
    {
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            """
            SELECT version FROM agency_directory_head WHERE id = 1;
            SELECT id FROM agency_directory WHERE version > @version ORDER BY version LIMIT @limit;
            """;
        EventRows.Add(command, "version", version);
        EventRows.Add(command, "limit", MaxListedChanges + 1);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        var current = await reader.ReadAsync().ConfigureAwait(false) ? reader.GetInt64(0) : 0;
        await reader.NextResultAsync().ConfigureAwait(false);
        var changed = new List<string>();
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            changed.Add(reader.GetString(0));
        }

        // A directory behind the asker was rebuilt from older state: nothing the asker holds can be trusted.
        return current < version || changed.Count > MaxListedChanges ? new AgencyChanges(current, null) : new AgencyChanges(current, changed);
    }

    private const string NoFilter = "1 = 1";

    private string Filter(DbCommand command, AgencyQuery query)
    {
        var where = new StringBuilder(NoFilter);

        if (query.TopOnly)
        {
            where.Append(query.Within is { } scope
                ? $" AND NOT EXISTS (SELECT 1 FROM agency_closure t WHERE t.descendant = a.parent_id AND t.ancestor IN ({InList(command, "t", scope)}))"
                : " AND NOT EXISTS (SELECT 1 FROM agency_directory t WHERE t.id = a.parent_id)");
        }

        Equal(command, where, "a.parent_id", "parent", query.ParentId);
        Equal(command, where, "a.level", "level", query.Level?.ToString());
        Equal(command, where, "a.sector", "sector", query.Sector);
        if (query.Region is { } region)
        {
            if (!RegionCode.IsValid(region))
            {
                throw new SanXiangException(ErrorCodes.ValidationFailed, $"行政区划代码“{region}”应为 6 位数字。");
            }

            // The area's codes share its prefix; a range on the ordered column finds them through the index.
            var prefix = RegionCode.AreaPrefix(region);
            where.Append(" AND a.region_code >= @region_from AND a.region_code < @region_to");
            EventRows.Add(command, "region_from", prefix);
            EventRows.Add(command, "region_to", prefix[..^1] + (char)(prefix[^1] + 1));
        }

        if (query.Name is { Length: > 0 } name)
        {
            // A plain substring, not a LIKE pattern, so % and _ in the text mean themselves.
            where.Append(database.Dialect == EventLogDialect.Postgres ? " AND strpos(a.name, @name) > 0" : " AND instr(a.name, @name) > 0");
            EventRows.Add(command, "name", name);
        }

        return where.ToString();
    }

    private static void Equal(DbCommand command, StringBuilder where, string column, string parameter, string? value)
    {
        if (value is not null)
        {
            where.Append($" AND {column} = @{parameter}");
            EventRows.Add(command, parameter, value);
        }
    }

    private static string InList(DbCommand command, string prefix, IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            EventRows.Add(command, $"{prefix}{i}", values[i]);
        }

        return string.Join(", ", values.Select((_, i) => $"@{prefix}{i}"));
    }
}
