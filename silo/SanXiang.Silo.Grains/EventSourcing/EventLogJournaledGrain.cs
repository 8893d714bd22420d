using Orleans.EventSourcing;
using Orleans.EventSourcing.CustomStorage;
using SanXiang.Domain.Integrity;
using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Silo.Grains.EventSourcing;

/// <summary>
/// A journaled grain whose log is its case's chain in <see cref="CaseEventStore"/>. Subclasses carry
/// <c>[LogConsistencyProvider(ProviderName = LogConsistency.CustomStorage)]</c>; the grain key is
/// <c>{tenant}/{case}</c> (ARCHITECTURE.md "Grains"). The Orleans version is the case's last sequence
/// number, so <c>expectedversion</c> is exactly the store's expected sequence: a second activation or
/// any other writer that appended first makes the append fail, and Orleans reloads and retries
/// (<c>RaiseEvent</c>) or reports false (<c>RaiseConditionalEvent</c>).
/// </summary>
public abstract class EventLogJournaledGrain<TState, TEvent>(CaseEventStore store) : JournaledGrain<TState, TEvent>, ICustomStorageInterface<TState, TEvent>
    where TState : class, new()
    where TEvent : class
{
    protected abstract EventCodec<TEvent> Codec { get; }

    protected string TenantId => LogKey.TenantId;

    protected string CaseId => LogKey.CaseId;

    private (string TenantId, string CaseId) LogKey
    {
        get
        {
            var key = this.GetPrimaryKeyString();
            var slash = key.IndexOf('/', StringComparison.Ordinal);
            return slash > 0 && slash < key.Length - 1
                ? (key[..slash], key[(slash + 1)..])
                : throw new InvalidOperationException($"Grain key '{key}' is not '{{tenant}}/{{case}}'.");
        }
    }

    /// <summary>Who caused the event and when: kept beside the payload in the record and covered by its hash.</summary>
    protected abstract (string Actor, DateTimeOffset At) Provenance(TEvent @event);

    /// <summary>The content hashes of the files an event attaches, in order; they enter the chain beside the payload.</summary>
    protected virtual IReadOnlyList<string>? FileHashesOf(TEvent @event) => null;

    Task<KeyValuePair<int, TState>> ICustomStorageInterface<TState, TEvent>.ReadStateFromStorage() => ReplayAsync();

    Task<bool> ICustomStorageInterface<TState, TEvent>.ApplyUpdatesToStorage(IReadOnlyList<TEvent> updates, int expectedversion) =>
        AppendAsync(updates, expectedversion);

    // The record is append-only: there is nothing a grain may clear.
    Task ICustomStorageInterface<TState, TEvent>.ClearStoredState() =>
        Task.FromException(new NotSupportedException("案件记录只能追加，不能清除。"));

    private async Task<KeyValuePair<int, TState>> ReplayAsync()
    {
        var (tenant, caseId) = LogKey;
        var state = new TState();
        var version = 0;
        await foreach (var stored in store.ReadAsync(tenant, caseId).ConfigureAwait(true))
        {
            TransitionState(state, Codec.Decode(stored.Event.Kind, stored.Event.Payload));
            version = checked((int)stored.Sequence);
        }

        return new KeyValuePair<int, TState>(version, state);
    }

    private async Task<bool> AppendAsync(IReadOnlyList<TEvent> updates, int expectedVersion)
    {
        var (tenant, caseId) = LogKey;
        var drafts = updates.Select(update =>
        {
            var (actor, at) = Provenance(update);
            return new NewCaseEvent(Codec.KindOf(update), Codec.Encode(update), actor, at, FileHashesOf(update));
        }).ToList();
        var result = await store.AppendAsync(tenant, caseId, expectedVersion, drafts).ConfigureAwait(true);
        return result.Succeeded;
    }

    /// <summary>This case's events as stored, with their hashes.</summary>
    protected IAsyncEnumerable<StoredEvent> ReadLogAsync() => store.ReadAsync(TenantId, CaseId);

    /// <summary>Verifies this case's chain in the store.</summary>
    protected Task<ChainVerification> VerifyLogAsync() => store.VerifyAsync(TenantId, CaseId);
}
