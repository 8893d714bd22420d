using Microsoft.Extensions.DependencyInjection;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Host.Tests.EventLog.Journal;
using SanXiang.Silo.Host.Tests.Infrastructure;

namespace SanXiang.Silo.Host.Tests.EventLog;

/// <summary>An Orleans JournaledGrain on the CustomStorage provider over the case event log, on every database.</summary>
public abstract class JournaledGrainContract : IAsyncLifetime
{
    private EventLogBackend? backend;

    private EventLogBackend Backend => backend ?? throw new InvalidOperationException("Not initialised.");

    private protected abstract Task<EventLogBackend> CreateBackendAsync();

    public async Task InitializeAsync() => backend = await CreateBackendAsync();

    public async Task DisposeAsync()
    {
        if (backend is not null)
        {
            await backend.DisposeAsync();
        }
    }

    [Fact]
    public async Task AppendRaisedEventsToTheCaseLog()
    {
        await using var silo = await TestSilo.StartAsync(Backend.Settings);
        var grain = silo.Grains.GetGrain<INoteJournalGrain>("xuchang/case-1");

        await grain.AddAsync("立案");
        var version = await grain.AddAsync("调查取证");

        var stored = await silo.Services.GetRequiredService<CaseEventStore>().ReadAsync("xuchang", "case-1").ToListAsync();
        Assert.Equal(2, version);
        Assert.Equal(["note-added", "note-added"], stored.Select(e => e.Event.Kind));
        Assert.True(await grain.VerifyAsync());
    }

    [Fact]
    public async Task ReplayItsStateAfterDeactivation()
    {
        await using var silo = await TestSilo.StartAsync(Backend.Settings);
        var grain = silo.Grains.GetGrain<INoteJournalGrain>("xuchang/case-1");
        await grain.AddAsync("立案");
        await grain.AddAsync("告知");

        // Calls after DeactivateOnIdle go to a fresh activation, which can only know the notes by replaying them.
        await grain.DeactivateAsync();

        Assert.Equal(["立案", "告知"], await grain.NotesAsync());
        Assert.Equal(2, await grain.VersionAsync());
    }

    [Fact]
    public async Task ReplayItsStateAfterASiloRestart()
    {
        await using (var first = await TestSilo.StartAsync(Backend.Settings))
        {
            var grain = first.Grains.GetGrain<INoteJournalGrain>("xuchang/case-1");
            await grain.AddAsync("立案");
            await grain.AddAsync("决定");
        }

        await using var second = await TestSilo.StartAsync(Backend.Settings);
        var restarted = second.Grains.GetGrain<INoteJournalGrain>("xuchang/case-1");

        Assert.Equal(["立案", "决定"], await restarted.NotesAsync());
        await restarted.AddAsync("执行");
        Assert.Equal(3, await restarted.VersionAsync());
        Assert.True(await restarted.VerifyAsync());
    }

    [Fact]
    public async Task RefuseAConditionalEventAfterAnotherWriterAppendedAndCatchUp()
    {
        await using var silo = await TestSilo.StartAsync(Backend.Settings);
        var grain = silo.Grains.GetGrain<INoteJournalGrain>("xuchang/case-1");
        await grain.AddAsync("立案");
        var store = silo.Services.GetRequiredService<CaseEventStore>();
        var behindItsBack = await store.AppendAsync("xuchang", "case-1", 1, [new NewCaseEvent("note-added", """{"text":"另一写入者"}""", "officer-2", DateTimeOffset.UtcNow)]);

        var accepted = await grain.AddIfCurrentAsync("过期的写入");

        Assert.True(behindItsBack.Succeeded);
        Assert.False(accepted);
        Assert.Equal(["立案", "另一写入者"], await grain.NotesAsync());
        await grain.AddAsync("补正");
        Assert.Equal(["立案", "另一写入者", "补正"], await grain.NotesAsync());
        Assert.True(await grain.VerifyAsync());
    }
}
