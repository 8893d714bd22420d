using System.Data.Common;
using System.Globalization;
using SanXiang.Domain.Integrity;
using SanXiang.Domain.Integrity.Witnessing;
using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Silo.Grains.Transparency;

/// <summary>
/// What each supervising department's witness keeps (C2SP tlog-witness): its SM2 key, the head it last cosigned of
/// each agency it supervises with the agency's key as first seen, and the alerts of checkpoints it refused.
/// </summary>
public sealed class WitnessStore(EventLogDatabase database)
{
    private readonly TenantKeys keys = new(database, TenantKeys.WitnessTable);

    public Task<Sm2KeyPair> GetOrCreateKeyAsync(string departmentId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        keys.GetOrCreateAsync(departmentId, now, cancellationToken);

    /// <summary>The department's witness key, or null before it first cosigned.</summary>
    public Task<Sm2PublicKey?> FindKeyAsync(string departmentId, CancellationToken cancellationToken = default) =>
        keys.FindPublicKeyAsync(departmentId, cancellationToken);

    /// <summary>The head the department last cosigned of <paramref name="subjectId"/>, or null if it never did.</summary>
    public async Task<WitnessRecord?> GetAsync(string departmentId, string subjectId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT subject_key, tree_size, root, cosigned_at, first_size, first_at FROM witness_heads WHERE tenant = @tenant AND subject = @subject;";
        EventRows.Add(command, "tenant", departmentId);
        EventRows.Add(command, "subject", subjectId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new WitnessRecord(
                subjectId,
                Sm2PublicKey.FromHex(reader.GetString(0)),
                new WitnessedHead(reader.GetInt64(1), (byte[])reader.GetValue(2)),
                EventRows.ReadTime(reader, 3, database.Dialect),
                reader.GetInt64(4),
                EventRows.ReadTime(reader, 5, database.Dialect))
            : null;
    }

    /// <summary>
    /// Records <paramref name="next"/> as cosigned, only if the stored head is still <paramref name="previous"/> (null: none
    /// yet, and the agency's key is pinned as <paramref name="subjectKey"/>). False when another cosigning came first:
    /// checking and recording are one step, so no interleaving can roll the head back (C2SP tlog-witness).
    /// </summary>
    public async Task<bool> AdvanceAsync(string departmentId, string subjectId, WitnessedHead? previous, WitnessedHead next, Sm2PublicKey subjectKey, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(subjectKey);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var at = Time(now);
        if (previous is null)
        {
            command.CommandText =
                "INSERT INTO witness_heads (tenant, subject, subject_key, tree_size, root, cosigned_at, first_size, first_at) " +
                "VALUES (@tenant, @subject, @subject_key, @tree_size, @root, @at, @tree_size, @at) ON CONFLICT (tenant, subject) DO NOTHING;";
            EventRows.Add(command, "subject_key", subjectKey.ToHex());
        }
        else
        {
            command.CommandText =
                "UPDATE witness_heads SET tree_size = @tree_size, root = @root, cosigned_at = @at " +
                "WHERE tenant = @tenant AND subject = @subject AND tree_size = @old_size AND root = @old_root;";
            EventRows.Add(command, "old_size", previous.TreeSize);
            EventRows.Add(command, "old_root", previous.RootHash);
        }

        EventRows.Add(command, "tenant", departmentId);
        EventRows.Add(command, "subject", subjectId);
        EventRows.Add(command, "tree_size", next.TreeSize);
        EventRows.Add(command, "root", next.RootHash);
        EventRows.Add(command, "at", at);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>Records a refusal that may be a rewritten log, with the note that was refused (evidence of it, as C2SP allows).</summary>
    public async Task<StoredWitnessAlert> RaiseAlertAsync(string departmentId, string subjectId, WitnessDecision decision, string note, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var alert = new StoredWitnessAlert(Guid.NewGuid().ToString("N"), subjectId, decision.Outcome, decision.PreviousSize, decision.NewSize, now);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "INSERT INTO witness_alerts (tenant, id, subject, outcome, old_size, new_size, note, raised_at) " +
            "VALUES (@tenant, @id, @subject, @outcome, @old_size, @new_size, @note, @raised_at);";
        EventRows.Add(command, "tenant", departmentId);
        EventRows.Add(command, "id", alert.Id);
        EventRows.Add(command, "subject", subjectId);
        EventRows.Add(command, "outcome", decision.Outcome.ToString());
        EventRows.Add(command, "old_size", decision.PreviousSize);
        EventRows.Add(command, "new_size", decision.NewSize);
        EventRows.Add(command, "note", note ?? string.Empty);
        EventRows.Add(command, "raised_at", Time(now));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return alert;
    }

    /// <summary>The department's alerts, newest first, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<StoredWitnessAlert>> ListAlertsAsync(string departmentId, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT id, subject, outcome, old_size, new_size, raised_at FROM witness_alerts WHERE tenant = @tenant ORDER BY raised_at DESC, id LIMIT @limit;";
        EventRows.Add(command, "tenant", departmentId);
        EventRows.Add(command, "limit", limit);
        var alerts = new List<StoredWitnessAlert>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            alerts.Add(new StoredWitnessAlert(
                reader.GetString(0),
                reader.GetString(1),
                Enum.Parse<WitnessOutcome>(reader.GetString(2)),
                reader.GetInt64(3),
                reader.GetInt64(4),
                EventRows.ReadTime(reader, 5, database.Dialect)));
        }

        return alerts;
    }

    // Times to the microsecond the columns keep, in the event log's format, so EventRows.ReadTime reads them back.
    private object Time(DateTimeOffset at) => EventRows.Time(CanonicalEventEncoding.ToStoredPrecision(at), database.Dialect);
}
