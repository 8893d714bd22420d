using System.Data.Common;
using System.Globalization;
using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>
/// An agency's dated counts in <c>plan_agency_dates</c> and their sums in <c>plan_rollup_dates</c> for every department
/// above it, changed together inside the caller's transaction: each source (the plan, the roster, the disclosures, the
/// inspections) owns its measures, and every change adds its difference to the agency and to all its ancestors at once,
/// so a rollup equals the sum of the agencies below it at every commit.
/// </summary>
internal static class AgencyDatedCounts
{
    /// <summary>Replaces the agency's rows of <paramref name="measures"/> with <paramref name="counts"/>.</summary>
    public static async Task ReplaceAsync(
        DbConnection connection,
        DbTransaction transaction,
        EventLogDialect dialect,
        string tenant,
        IReadOnlyCollection<string> measures,
        IReadOnlyDictionary<(string Measure, string Name, DateOnly Day), int> counts)
    {
        var old = new Dictionary<(string, string, DateOnly), int>();
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = $"SELECT measure, name, day, count FROM plan_agency_dates WHERE tenant = @tenant AND measure IN ({InList(measures)});";
            EventRows.Add(read, "tenant", tenant);
            await using var reader = await read.ExecuteReaderAsync().ConfigureAwait(false);
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                old[(reader.GetString(0), reader.GetString(1), CaseSummaryColumns.ReadDay(reader, 2, dialect)!.Value)] = Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture);
            }
        }

        await AddAsync(connection, transaction, dialect, tenant, Difference(old, counts)).ConfigureAwait(false);
    }

    /// <summary>Adds <paramref name="deltas"/> to the agency's rows and to every department above it.</summary>
    public static async Task AddAsync(
        DbConnection connection,
        DbTransaction transaction,
        EventLogDialect dialect,
        string tenant,
        IReadOnlyDictionary<(string Measure, string Name, DateOnly Day), int> deltas)
    {
        foreach (var ((measure, name, day), delta) in deltas.Where(d => d.Value != 0))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText =
                $"""
                INSERT INTO plan_agency_dates (tenant, measure, name, day, count) VALUES (@tenant, @measure, @name, @day, @count)
                ON CONFLICT (tenant, measure, name, day) DO UPDATE SET count = plan_agency_dates.count + excluded.count;
                DELETE FROM plan_agency_dates WHERE tenant = @tenant AND measure = @measure AND name = @name AND day = @day AND count = 0;
                {PlanRollupSql.AddToAncestors} FROM agency_closure c WHERE c.descendant = @tenant AND c.depth > 0 {PlanRollupSql.Upsert}
                """;
            EventRows.Add(command, "tenant", tenant);
            EventRows.Add(command, "measure", measure);
            EventRows.Add(command, "name", name);
            EventRows.Add(command, "day", CaseSummaryColumns.Day(day, dialect));
            EventRows.Add(command, "count", delta);
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }

    /// <summary>What turns <paramref name="before"/> into <paramref name="after"/>, key by key.</summary>
    public static IReadOnlyDictionary<(string Measure, string Name, DateOnly Day), int> Difference(
        IReadOnlyDictionary<(string Measure, string Name, DateOnly Day), int> before,
        IReadOnlyDictionary<(string Measure, string Name, DateOnly Day), int> after) =>
        before.Keys.Union(after.Keys)
            .Select(k => (Key: k, Delta: after.GetValueOrDefault(k) - before.GetValueOrDefault(k)))
            .Where(d => d.Delta != 0)
            .ToDictionary(d => d.Key, d => d.Delta);

    /// <summary>The measures as an SQL list; they are the sources' constants, never input.</summary>
    public static string InList(IEnumerable<string> measures) => string.Join(", ", measures.Select(m => $"'{m}'"));
}
