using System.Data.Common;
using System.Globalization;
using SanXiang.Domain.Supervision;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Plans;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>
/// A department's rollup of the agencies below it for a day: one indexed read of its rows in <c>plan_rollup_dates</c>, kept
/// up to date by each source's write (<see cref="AgencyDatedCounts"/>: the plans, rosters, disclosures and inspections) and
/// each move in the tree, so the cost does not grow with the agencies below. The day only meets the dates the Domain
/// computed (<see cref="Domain.Plans.PlanItemDates"/>, <see cref="Domain.Disclosures.DisclosureTimeliness"/>).
/// </summary>
public sealed class PlanRollupQueries(EventLogDatabase database)
{
    private static readonly string Until = AgencyDatedCounts.InList(PlanRollupMeasures.UntilMeasures);

    // The rows that count on @today: "until" measures dated on or after it, every other dated on or before it.
    private static readonly string OnToday = $"((x.measure IN ({Until}) AND x.day >= @today) OR (x.measure NOT IN ({Until}) AND x.day <= @today))";

    public async Task<PlanRollup> RollupAsync(string department, DateOnly day)
    {
        ArgumentException.ThrowIfNullOrEmpty(department);
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var command = Command(
            connection,
            department,
            day,
            $"""
            SELECT name FROM agency_directory WHERE id = @department;
            SELECT COUNT(*) FROM agency_closure WHERE ancestor = @department AND depth > 0;
            SELECT x.measure, x.name, SUM(x.count) FROM plan_rollup_dates x WHERE x.ancestor = @department AND {OnToday} GROUP BY x.measure, x.name;
            """);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        var name = await reader.ReadAsync().ConfigureAwait(false) ? reader.GetString(0) : department;
        await reader.NextResultAsync().ConfigureAwait(false);
        await reader.ReadAsync().ConfigureAwait(false);
        var descendants = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
        await reader.NextResultAsync().ConfigureAwait(false);
        var sums = new Dictionary<(string Measure, string Name), int>();
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            sums[(reader.GetString(0), reader.GetString(1))] = Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture);
        }

        return Build(day, descendants, name, sums);
    }

    /// <summary>
    /// The drill-down one level below <paramref name="department"/>: for each agency directly under it, that agency and every
    /// agency below it counted together — its own rows and its rollup's — in three indexed reads, whatever the depth.
    /// </summary>
    public async Task<IReadOnlyList<RollupBranch>> BranchesAsync(string department, DateOnly day)
    {
        ArgumentException.ThrowIfNullOrEmpty(department);
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var command = Command(
            connection,
            department,
            day,
            $"""
            SELECT d.descendant, a.name, (SELECT COUNT(*) FROM agency_closure e WHERE e.ancestor = d.descendant)
            FROM agency_closure d JOIN agency_directory a ON a.id = d.descendant
            WHERE d.ancestor = @department AND d.depth = 1;
            SELECT d.descendant, x.measure, x.name, SUM(x.count)
            FROM agency_closure d JOIN plan_agency_dates x ON x.tenant = d.descendant
            WHERE d.ancestor = @department AND d.depth = 1 AND {OnToday}
            GROUP BY d.descendant, x.measure, x.name;
            SELECT d.descendant, x.measure, x.name, SUM(x.count)
            FROM agency_closure d JOIN plan_rollup_dates x ON x.ancestor = d.descendant
            WHERE d.ancestor = @department AND d.depth = 1 AND {OnToday}
            GROUP BY d.descendant, x.measure, x.name;
            """);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        var branches = new List<(string Id, string Name, int Agencies)>();
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            branches.Add((reader.GetString(0), reader.GetString(1), Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture)));
        }

        var sums = branches.ToDictionary(b => b.Id, _ => new Dictionary<(string Measure, string Name), int>(), StringComparer.Ordinal);
        for (var part = 0; part < 2; part++)
        {
            await reader.NextResultAsync().ConfigureAwait(false);
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                if (sums.TryGetValue(reader.GetString(0), out var branch))
                {
                    var key = (reader.GetString(1), reader.GetString(2));
                    branch[key] = branch.GetValueOrDefault(key) + Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture);
                }
            }
        }

        return [.. branches
            .Select(b => new RollupBranch(b.Id, Build(day, b.Agencies, b.Name, sums[b.Id])))
            .OrderBy(b => b.Rollup.DepartmentName, StringComparer.Ordinal)];
    }

    /// <summary>One agency's own enforcement counts on the day (not those of the agencies below it).</summary>
    public async Task<EnforcementCounts> AgencyAsync(string agency, DateOnly day)
    {
        ArgumentException.ThrowIfNullOrEmpty(agency);
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var command = Command(
            connection,
            agency,
            day,
            $"SELECT x.measure, SUM(x.count) FROM plan_agency_dates x WHERE x.tenant = @department AND x.name = '' AND {OnToday} GROUP BY x.measure;");
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        var sums = new Dictionary<string, int>(StringComparer.Ordinal);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            sums[reader.GetString(0)] = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
        }

        return EnforcementMeasures.Counts(m => sums.GetValueOrDefault(m));
    }

    private DbCommand Command(DbConnection connection, string department, DateOnly day, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        EventRows.Add(command, "department", department);
        EventRows.Add(command, "today", CaseSummaryColumns.Day(day, database.Dialect));
        return command;
    }

    private static PlanRollup Build(DateOnly day, int agencies, string name, Dictionary<(string Measure, string Name), int> sums)
    {
        int Sum(string measure) => sums.GetValueOrDefault((measure, ""));
        var phases = sums.Keys.Where(k => k.Measure == PlanRollupMeasures.PhaseStarts)
            .Select(k => new PhaseCount(k.Name, sums[k] - sums.GetValueOrDefault((PlanRollupMeasures.PhaseEnds, k.Name))))
            .Where(p => p.Agencies > 0)
            .OrderByDescending(p => p.Agencies).ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        return new PlanRollup(
            day,
            agencies,
            Sum(PlanRollupMeasures.Plans),
            Sum(PlanRollupMeasures.AgencyOverdue),
            Sum(PlanRollupMeasures.Deliverables),
            Sum(PlanRollupMeasures.CompleteDeliverables),
            Sum(PlanRollupMeasures.OverdueDeliverables),
            Sum(PlanRollupMeasures.Tasks),
            Sum(PlanRollupMeasures.CompleteTasks),
            Sum(PlanRollupMeasures.OverdueTasks),
            Sum(PlanRollupMeasures.DatedDue),
            Sum(PlanRollupMeasures.DatedOnTime),
            phases,
            name)
        {
            Enforcement = EnforcementMeasures.Counts(Sum),
        };
    }
}
