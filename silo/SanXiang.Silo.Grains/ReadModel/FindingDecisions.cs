using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Supervision;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>
/// What supervisors decided about findings: dismissals (the first stands), conversions into rectification tasks (one per
/// finding, never beside a dismissal) and switched-off models (schema 0016/0017-findings, 0018/0019-finding-conversions).
/// </summary>
public sealed class FindingDecisions(EventLogDatabase database)
{
    public async Task DismissAsync(string findingId, string tenantId, string modelId, string reason, string by, DateTimeOffset at)
    {
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "INSERT INTO finding_dismissals (finding_id, tenant, model, reason, dismissed_by, dismissed_at) " +
            "SELECT @id, @tenant, @model, @reason, @by, @at WHERE NOT EXISTS (SELECT 1 FROM finding_conversions WHERE finding_id = @id) " +
            "ON CONFLICT (finding_id) DO NOTHING;";
        EventRows.Add(command, "id", findingId);
        EventRows.Add(command, "tenant", tenantId);
        EventRows.Add(command, "model", modelId);
        EventRows.Add(command, "reason", reason);
        EventRows.Add(command, "by", by);
        EventRows.Add(command, "at", CaseSummaryColumns.Time(at, database.Dialect));
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    /// <summary>Claims the finding for a conversion into a task of the inspection; false when it was already converted or dismissed.</summary>
    public async Task<bool> ClaimConversionAsync(string findingId, string tenantId, string modelId, string departmentId, string inspectionId, string by, DateTimeOffset at)
    {
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "INSERT INTO finding_conversions (finding_id, tenant, model, department, inspection, task, converted_by, converted_at) " +
            "SELECT @id, @tenant, @model, @department, @inspection, NULL, @by, @at WHERE NOT EXISTS (SELECT 1 FROM finding_dismissals WHERE finding_id = @id) " +
            "ON CONFLICT (finding_id) DO NOTHING;";
        EventRows.Add(command, "id", findingId);
        EventRows.Add(command, "tenant", tenantId);
        EventRows.Add(command, "model", modelId);
        EventRows.Add(command, "department", departmentId);
        EventRows.Add(command, "inspection", inspectionId);
        EventRows.Add(command, "by", by);
        EventRows.Add(command, "at", CaseSummaryColumns.Time(at, database.Dialect));
        return await command.ExecuteNonQueryAsync().ConfigureAwait(false) == 1;
    }

    /// <summary>Names the task of a claimed conversion (<paramref name="taskId"/>), or, with null, gives up a claim whose task was refused.</summary>
    public async Task SettleConversionAsync(string findingId, string? taskId)
    {
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = taskId is null
            ? "DELETE FROM finding_conversions WHERE finding_id = @id AND task IS NULL;"
            : "UPDATE finding_conversions SET task = @task WHERE finding_id = @id;";
        EventRows.Add(command, "id", findingId);
        if (taskId is not null)
        {
            EventRows.Add(command, "task", taskId);
        }

        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    public async Task SwitchAsync(string tenantId, string modelId, bool enabled, string reason, string by, DateTimeOffset at)
    {
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = enabled
            ? "DELETE FROM finding_model_switches WHERE tenant = @tenant AND model = @model;"
            : "INSERT INTO finding_model_switches (tenant, model, reason, switched_by, switched_at) VALUES (@tenant, @model, @reason, @by, @at) " +
              "ON CONFLICT (tenant, model) DO UPDATE SET reason = excluded.reason, switched_by = excluded.switched_by, switched_at = excluded.switched_at;";
        EventRows.Add(command, "tenant", tenantId);
        EventRows.Add(command, "model", modelId);
        EventRows.Add(command, "reason", reason);
        EventRows.Add(command, "by", by);
        EventRows.Add(command, "at", CaseSummaryColumns.Time(at, database.Dialect));
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    /// <summary>The switches that apply to the agency: its own and those of every department above it.</summary>
    public async Task<IReadOnlyList<ModelSwitch>> SwitchesAsync(string tenantId)
    {
        await using var connection = await database.OpenAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT w.tenant, w.model, w.reason, w.switched_by, w.switched_at FROM finding_model_switches w " +
            "JOIN agency_closure u ON u.ancestor = w.tenant WHERE u.descendant = @tenant ORDER BY u.depth, w.model;";
        EventRows.Add(command, "tenant", tenantId);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        var switches = new List<ModelSwitch>();
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            switches.Add(new ModelSwitch(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), CaseSummaryColumns.ReadTime(reader, 4, database.Dialect)));
        }

        return switches;
    }
}
