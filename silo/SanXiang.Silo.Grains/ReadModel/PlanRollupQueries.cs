using System.Data.Common;
using System.Globalization;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Plans;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>
/// A department's rollup of the plans below it for a day: one indexed read of its rows in <c>plan_rollup_dates</c>, kept
/// up to date by each plan's write (<see cref="PlanRollupTable"/>) and each move in the tree, so the cost does not grow with
/// the agencies below. The day only meets the dates the Domain computed (<see cref="Domain.Plans.PlanItemDates"/>).
/// </summary>
public sealed class PlanRollupQueries(EventLogDatabase database)
{
    public async Task<PlanRollup> RollupAsync(string department, DateOnly day)
    {
        ArgumentException.ThrowIfNullOrEmpty(department);
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var until = string.Join(", ", PlanRollupMeasures.UntilMeasures.Select(m => $"'{m}'"));
        command.CommandText =
            $"""
            SELECT name FROM agency_directory WHERE id = @department;
            SELECT COUNT(*) FROM agency_closure WHERE ancestor = @department AND depth > 0;
            SELECT measure, name, SUM(count) FROM plan_rollup_dates
            WHERE ancestor = @department AND ((measure IN ({until}) AND day >= @today) OR (measure NOT IN ({until}) AND day <= @today))
            GROUP BY measure, name;
            """;
        EventRows.Add(command, "department", department);
        EventRows.Add(command, "today", CaseSummaryColumns.Day(day, database.Dialect));
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

        int Sum(string measure) => sums.GetValueOrDefault((measure, ""));
        var phases = sums.Keys.Where(k => k.Measure == PlanRollupMeasures.PhaseStarts)
            .Select(k => new PhaseCount(k.Name, sums[k] - sums.GetValueOrDefault((PlanRollupMeasures.PhaseEnds, k.Name))))
            .Where(p => p.Agencies > 0)
            .OrderByDescending(p => p.Agencies).ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        return new PlanRollup(
            day,
            descendants,
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
            name);
    }
}
