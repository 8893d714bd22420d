using SanXiang.Silo.Documents;
using SanXiang.Domain.Errors;

namespace SanXiang.Silo.Grains.Documents;

/// <summary>
/// Gap-free numbers: the grain is not reentrant, so concurrent issuers are served one at a time and
/// each number is written to storage before it is handed out. A number is only asked for once the
/// document has rendered (see <see cref="DocumentIssuer"/>); a failure after that is healed by
/// retrying the same document, which gets the same number back. A reserve-then-commit protocol was
/// not chosen: a reservation released after a later one was granted would leave a hole, and holding
/// later issuers until the first commits would put a render inside the grain's turn.
/// </summary>
public sealed class SequenceGrain(
    [PersistentState("sequence", Names.Storage)] IPersistentState<SequenceGrain.State> state) : Grain, ISequenceGrain
{
    public async Task<int> TakeAsync(string caseId, string documentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseId);
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        if (state.State.Ledger.FirstOrDefault(e => e.DocumentId == documentId) is { } earlier)
        {
            return earlier.CaseId == caseId
                ? earlier.Number
                : throw new SanXiangException(ErrorCodes.Conflict, $"文书编号 {documentId} 已由案件 {earlier.CaseId} 使用，不能再用于案件 {caseId}。");
        }

        var previous = state.State;
        var number = previous.Last + 1;
        state.State = new State { Last = number, Ledger = [.. previous.Ledger, new SequenceEntry(number, caseId, documentId, DateTimeOffset.UtcNow)] };
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Not known to be stored, so not handed out. The write may still have landed (a timeout),
            // so this activation goes and the next one reads what storage really holds.
            state.State = previous;
            DeactivateOnIdle();
            throw;
        }

        return number;
    }

    public Task<IReadOnlyList<SequenceEntry>> ListAsync() => Task.FromResult(state.State.Ledger);

    [GenerateSerializer]
    public sealed record State
    {
        [Id(0)]
        public int Last { get; init; }

        [Id(1)]
        public IReadOnlyList<SequenceEntry> Ledger { get; init; } = [];
    }
}
