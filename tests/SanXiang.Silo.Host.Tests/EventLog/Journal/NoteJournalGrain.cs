using Orleans.EventSourcing;
using Orleans.Providers;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.EventSourcing;

namespace SanXiang.Silo.Host.Tests.EventLog.Journal;

[LogConsistencyProvider(ProviderName = LogConsistency.CustomStorage)]
public sealed class NoteJournalGrain(CaseEventStore store) : EventLogJournaledGrain<NoteJournalState, NoteAdded>(store), INoteJournalGrain
{
    private static readonly EventCodec<NoteAdded> NoteCodec = new EventCodec<NoteAdded>().Map<NoteAdded>("note-added");

    protected override EventCodec<NoteAdded> Codec => NoteCodec;

    public async Task<int> AddAsync(string text)
    {
        RaiseEvent(new NoteAdded(text, "officer-1", DateTimeOffset.UtcNow));
        await ConfirmEvents();
        return Version;
    }

    public Task<bool> AddIfCurrentAsync(string text) => RaiseConditionalEvent(new NoteAdded(text, "officer-1", DateTimeOffset.UtcNow));

    public Task<IReadOnlyList<string>> NotesAsync() => Task.FromResult<IReadOnlyList<string>>([.. State.Notes]);

    public Task<int> VersionAsync() => Task.FromResult(Version);

    public async Task<bool> VerifyAsync() => (await VerifyLogAsync()).IsValid;

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    protected override (string Actor, DateTimeOffset At) Provenance(NoteAdded @event) => (@event.Actor, @event.At);
}
