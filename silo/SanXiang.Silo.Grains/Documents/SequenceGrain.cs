using SanXiang.Silo.Documents;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Silo.Grains.Documents;

/// <summary>
/// Gap-free numbers: the grain is not reentrant, so concurrent issuers are served one at a time and
/// each number is stored (one row in <c>document_numbers</c>) before it is handed out. A number is
/// only asked for once the document has rendered (see <see cref="DocumentIssuer"/>); a failure after
/// that is healed by retrying the same document, which gets the same number back. A reserve-then-commit
/// protocol was not chosen: a reservation released after a later one was granted would leave a hole,
/// and holding later issuers until the first commits would put a render inside the grain's turn.
/// Sequences that kept their ledger in grain state (before the table) are copied into it once.
/// </summary>
public sealed class SequenceGrain(
    [PersistentState("sequence", Names.Storage)] IPersistentState<SequenceGrain.State> state,
    EventLogDatabase database) : Grain, ISequenceGrain
{
    private DocumentNumbers numbers = null!;

    // The last number taken, read from the table when unknown: after activation, and after any failure.
    private int? last;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        numbers = DocumentNumbers.For(database, this.GetPrimaryKeyString());
        if (state.State.Ledger.Count > 0)
        {
            await numbers.ImportAsync(state.State.Ledger);
            state.State = state.State with { Ledger = [] };
            await state.WriteStateAsync();
        }

        await base.OnActivateAsync(cancellationToken);
    }

    public async Task<int> TakeAsync(string caseId, string documentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseId);
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        try
        {
            last ??= await numbers.LastAsync();
            var entry = new SequenceEntry(last.Value + 1, caseId, documentId, DateTimeOffset.UtcNow);
            if (await numbers.TryTakeAsync(entry))
            {
                last = entry.Number;
                return entry.Number;
            }
        }
        catch
        {
            // Not known to be stored, so not handed out; the insert may still have landed (a timeout).
            // The next call reads the last number again, and a retry of this document finds its row.
            last = null;
            DeactivateOnIdle();
            throw;
        }

        var earlier = await numbers.FindAsync(documentId)
            ?? throw new InvalidOperationException($"Document {documentId} was refused a number but holds none.");
        return earlier.CaseId == caseId
            ? earlier.Number
            : throw new SanXiangException(ErrorCodes.Conflict, $"文书编号 {documentId} 已由案件 {earlier.CaseId} 使用，不能再用于案件 {caseId}。");
    }

    public Task<IReadOnlyList<SequenceEntry>> ListAsync() => numbers.ListAsync();

    /// <summary>Before <c>document_numbers</c>, the whole ledger lived here; now it is emptied once copied.</summary>
    [GenerateSerializer]
    public sealed record State
    {
        [Id(0)]
        public int Last { get; init; }

        [Id(1)]
        public IReadOnlyList<SequenceEntry> Ledger { get; init; } = [];
    }
}
