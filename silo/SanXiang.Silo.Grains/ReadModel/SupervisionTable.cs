using System.Data.Common;
using System.Globalization;
using SanXiang.Domain.Supervision;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Supervision;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>
/// An inspection in the read model: its row in <c>supervision_inspections</c> and its tasks' rows in
/// <c>rectification_tasks</c>, replaced together in one transaction and stamped with the grain's version, so the lists
/// always show one version of it (as <see cref="PlanRollupTable"/> does for plans).
/// </summary>
public sealed class SupervisionTable(EventLogDatabase database)
{
    private const int MaxInspections = 200;
    private const int MaxTasks = 500;

    public async Task<int?> VersionAsync(string department, string id)
    {
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM supervision_inspections WHERE department = @department AND id = @id;";
        EventRows.Add(command, "department", department);
        EventRows.Add(command, "id", id);
        var value = await command.ExecuteScalarAsync().ConfigureAwait(false);
        return value is null or DBNull ? null : Convert.ToInt32(value, CultureInfo.InvariantCulture);
    }

    public async Task WriteAsync(Inspection inspection, int version)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        var key = new (string, object?)[] { ("department", inspection.DepartmentId), ("id", inspection.Id) };
        await CountFilesAsync(connection, transaction, inspection).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "DELETE FROM supervision_inspections WHERE department = @department AND id = @id;", key).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "DELETE FROM rectification_tasks WHERE department = @department AND inspection = @id;", key).ConfigureAwait(false);
        await ExecuteAsync(
            connection,
            transaction,
            """
            INSERT INTO supervision_inspections (department, id, agency, title, passing_mark, opened_at, files, files_passed, findings, version)
            VALUES (@department, @id, @agency, @title, @mark, @opened, @files, @passed, @findings, @version);
            """,
            [.. key,
            ("agency", inspection.AgencyId),
            ("title", inspection.Title),
            ("mark", inspection.PassingMark),
            ("opened", CaseSummaryColumns.Time(inspection.OpenedAt, database.Dialect)),
            ("files", inspection.Evaluations.Count),
            ("passed", inspection.FilesPassed),
            ("findings", inspection.Findings.Count),
            ("version", version)]).ConfigureAwait(false);
        foreach (var task in inspection.Rectifications)
        {
            await ExecuteAsync(
                connection,
                transaction,
                """
                INSERT INTO rectification_tasks (department, inspection, task, responsible, problem, deadline, state, overdue_from)
                VALUES (@department, @id, @task, @responsible, @problem, @deadline, @state, @overdue);
                """,
                [.. key,
                ("task", task.Id),
                ("responsible", task.ResponsibleAgencyId),
                ("problem", task.Problem),
                ("deadline", CaseSummaryColumns.Day(task.Deadline, database.Dialect)),
                ("state", task.State.ToString()),
                ("overdue", task.OverdueFrom is { } from ? CaseSummaryColumns.Day(from, database.Dialect) : null)]).ConfigureAwait(false);
        }

        await transaction.CommitAsync().ConfigureAwait(false);
    }

    // 案卷评查合格率 counts each file for the agency whose file it is (the inspected agency or one below it). An inspection's
    // evaluations are only ever appended, so those the row counted before are the first `files` of them: the difference
    // between those and all of them, agency by agency, is what this write adds.
    private async Task CountFilesAsync(DbConnection connection, DbTransaction transaction, Inspection inspection)
    {
        var counted = 0;
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT files FROM supervision_inspections WHERE department = @department AND id = @id;";
            EventRows.Add(read, "department", inspection.DepartmentId);
            EventRows.Add(read, "id", inspection.Id);
            var value = await read.ExecuteScalarAsync().ConfigureAwait(false);
            counted = value is null or DBNull ? 0 : Convert.ToInt32(value, CultureInfo.InvariantCulture);
        }

        foreach (var agency in inspection.Evaluations.Skip(counted).GroupBy(e => e.CaseTenantId, StringComparer.Ordinal))
        {
            var added = EnforcementMeasures.OfFiles(agency.Count(), agency.Count(e => e.Passed));
            await AgencyDatedCounts.AddAsync(connection, transaction, database.Dialect, agency.Key, added).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<InspectionSummary>> InspectionsAsync(string tenant)
    {
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"""
            SELECT department, id, agency, title, passing_mark, opened_at, files, files_passed, findings FROM supervision_inspections
            WHERE department = @tenant OR agency = @tenant ORDER BY opened_at DESC, id LIMIT {MaxInspections};
            """;
        EventRows.Add(command, "tenant", tenant);
        var list = new List<InspectionSummary>();
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            list.Add(new InspectionSummary(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), Int(reader, 4),
                CaseSummaryColumns.ReadTime(reader, 5, database.Dialect), Int(reader, 6), Int(reader, 7), Int(reader, 8)));
        }

        return list;
    }

    public async Task<IReadOnlyList<RectificationSummary>> RectificationsAsync(string tenant, DateOnly? overdueOn)
    {
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var overdue = overdueOn is null ? string.Empty : " AND overdue_from <= @day";
        command.CommandText =
            $"""
            SELECT department, inspection, task, responsible, problem, deadline, state, overdue_from FROM rectification_tasks
            WHERE (department = @tenant OR responsible = @tenant){overdue} ORDER BY deadline, department, inspection, task LIMIT {MaxTasks};
            """;
        EventRows.Add(command, "tenant", tenant);
        if (overdueOn is { } day)
        {
            EventRows.Add(command, "day", CaseSummaryColumns.Day(day, database.Dialect));
        }

        var list = new List<RectificationSummary>();
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            list.Add(new RectificationSummary(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                CaseSummaryColumns.ReadDay(reader, 5, database.Dialect)!.Value,
                Enum.Parse<RectificationState>(reader.GetString(6)),
                CaseSummaryColumns.ReadDay(reader, 7, database.Dialect)));
        }

        return list;
    }

    private static int Int(DbDataReader reader, int ordinal) => Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, (string Name, object? Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            EventRows.Add(command, name, value);
        }

        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
