using System.Data.Common;
using System.Globalization;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Plans;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>
/// A department's rollup of the plans below it: the agency closure joined with the plans' rows, counted for a day in SQL.
/// The day only meets the dates the Domain computed (<see cref="Domain.Plans.PlanItemDates"/>), so the counts are the
/// Domain's own, summed.
/// </summary>
public sealed class PlanRollupQueries(EventLogDatabase database)
{
    public async Task<PlanRollup> RollupAsync(string department, DateOnly day)
    {
        ArgumentException.ThrowIfNullOrEmpty(department);
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        var today = CaseSummaryColumns.Day(day, database.Dialect);

        await using var nameCommand = Command(connection, "SELECT name FROM agency_directory WHERE id = @department;", department, today);
        var name = await nameCommand.ExecuteScalarAsync().ConfigureAwait(false) as string ?? department;
        var descendants = await ScalarAsync(connection, "SELECT COUNT(*) FROM agency_closure WHERE ancestor = @department AND depth > 0;", department, today).ConfigureAwait(false);
        var withPlan = await ScalarAsync(
            connection,
            "SELECT COUNT(*) FROM agency_closure c JOIN plan_heads h ON h.tenant = c.descendant WHERE c.ancestor = @department AND c.depth > 0;",
            department,
            today).ConfigureAwait(false);
        var withOverdue = await ScalarAsync(
            connection,
            """
            SELECT COUNT(DISTINCT i.tenant) FROM agency_closure c JOIN plan_items i ON i.tenant = c.descendant
            WHERE c.ancestor = @department AND c.depth > 0 AND i.overdue_from <= @today;
            """,
            department,
            today).ConfigureAwait(false);

        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        await using (var command = Command(
            connection,
            """
            SELECT i.kind,
                   COUNT(*),
                   SUM(CASE WHEN i.complete_until >= @today THEN 1 ELSE 0 END),
                   SUM(CASE WHEN i.overdue_from <= @today THEN 1 ELSE 0 END),
                   SUM(CASE WHEN i.due < @today THEN 1 ELSE 0 END),
                   SUM(CASE WHEN i.due < @today AND i.done_on <= i.due THEN 1 ELSE 0 END)
            FROM agency_closure c JOIN plan_items i ON i.tenant = c.descendant
            WHERE c.ancestor = @department AND c.depth > 0
            GROUP BY i.kind;
            """,
            department,
            today))
        {
            await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                counts[reader.GetString(0)] = [.. Enumerable.Range(1, 5).Select(i => reader.IsDBNull(i) ? 0 : Convert.ToInt32(reader.GetValue(i), CultureInfo.InvariantCulture))];
            }
        }

        var phases = new List<PhaseCount>();
        await using (var command = Command(
            connection,
            """
            SELECT p.name, COUNT(DISTINCT p.tenant) FROM agency_closure c JOIN plan_phases p ON p.tenant = c.descendant
            WHERE c.ancestor = @department AND c.depth > 0 AND p.starts_on <= @today AND (p.ends_on IS NULL OR p.ends_on >= @today)
            GROUP BY p.name ORDER BY COUNT(DISTINCT p.tenant) DESC, p.name;
            """,
            department,
            today))
        {
            await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                phases.Add(new PhaseCount(reader.GetString(0), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture)));
            }
        }

        var deliverables = counts.GetValueOrDefault(PlanItemsTable.DeliverableKind) ?? new int[5];
        var tasks = counts.GetValueOrDefault(PlanItemsTable.TaskKind) ?? new int[5];
        return new PlanRollup(
            day,
            descendants,
            withPlan,
            withOverdue,
            deliverables[0],
            deliverables[1],
            deliverables[2],
            tasks[0],
            tasks[1],
            tasks[2],
            deliverables[3] + tasks[3],
            deliverables[4] + tasks[4],
            phases,
            name);
    }

    private static DbCommand Command(DbConnection connection, string sql, string department, object today)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        EventRows.Add(command, "department", department);
        if (sql.Contains("@today", StringComparison.Ordinal))
        {
            EventRows.Add(command, "today", today);
        }

        return command;
    }

    private static async Task<int> ScalarAsync(DbConnection connection, string sql, string department, object today)
    {
        await using var command = Command(connection, sql, department, today);
        return Convert.ToInt32(await command.ExecuteScalarAsync().ConfigureAwait(false), CultureInfo.InvariantCulture);
    }
}
