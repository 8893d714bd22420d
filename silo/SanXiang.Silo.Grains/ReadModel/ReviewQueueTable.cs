using System.Data.Common;
using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Silo.Grains.ReadModel;

/// <summary>
/// Writes the legal-review queue's rows (<see cref="ReviewQueueWrite"/>) in the transaction that appends the case's
/// events, as <see cref="CaseSummaryTable"/> writes the case lists, so the queue never shows a review other than the
/// record says; the rebuild writes the same rows the same way.
/// </summary>
public sealed class ReviewQueueTable : IAppendParticipant
{
    public async Task WriteAsync(AppendBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var writes = batch.Derived<ReviewQueueWrite>();
        if (writes.Count > 0)
        {
            await WriteAsync(batch.Connection, batch.Transaction, batch.Dialect, writes, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes <paramref name="writes"/> in order inside <paramref name="transaction"/>.</summary>
    public static async Task WriteAsync(DbConnection connection, DbTransaction transaction, EventLogDialect dialect, IReadOnlyList<ReviewQueueWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(writes);
        foreach (var write in writes)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            EventRows.Add(command, "tenant", write.TenantId);
            EventRows.Add(command, "case_id", write.CaseId);
            if (write.Entry is not { } entry)
            {
                command.CommandText = "DELETE FROM review_queue WHERE tenant = @tenant AND case_id = @case_id;";
            }
            else
            {
                command.CommandText =
                    "INSERT INTO review_queue (tenant, case_id, title, party_name, proposal_summary, submitted_at, due, suspended, supply_by, reviewer_id, reviewer_name, reviewer_account) " +
                    "VALUES (@tenant, @case_id, @title, @party_name, @proposal_summary, @submitted_at, @due, @suspended, @supply_by, @reviewer_id, @reviewer_name, @reviewer_account) " +
                    "ON CONFLICT (tenant, case_id) DO UPDATE SET title = excluded.title, party_name = excluded.party_name, proposal_summary = excluded.proposal_summary, " +
                    "submitted_at = excluded.submitted_at, due = excluded.due, suspended = excluded.suspended, supply_by = excluded.supply_by, " +
                    "reviewer_id = excluded.reviewer_id, reviewer_name = excluded.reviewer_name, reviewer_account = excluded.reviewer_account;";
                EventRows.Add(command, "title", entry.Title);
                EventRows.Add(command, "party_name", entry.PartyName);
                EventRows.Add(command, "proposal_summary", entry.ProposalSummary);
                EventRows.Add(command, "submitted_at", CaseSummaryColumns.Time(entry.SubmittedAt, dialect));
                EventRows.Add(command, "due", entry.Due is { } due ? CaseSummaryColumns.Day(due, dialect) : null);
                EventRows.Add(command, "suspended", dialect == EventLogDialect.Postgres ? entry.Suspended : entry.Suspended ? 1 : 0);
                EventRows.Add(command, "supply_by", entry.SupplyBy is { } by ? CaseSummaryColumns.Day(by, dialect) : null);
                EventRows.Add(command, "reviewer_id", entry.ReviewerId);
                EventRows.Add(command, "reviewer_name", entry.ReviewerName);
                EventRows.Add(command, "reviewer_account", entry.ReviewerAccount);
            }

            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
