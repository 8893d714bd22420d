using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Documents;
using SanXiang.Silo.Grains;
using SanXiang.Silo.Host.Storage;
using SanXiang.Silo.Host.Tests.Infrastructure;

namespace SanXiang.Silo.Host.Tests.Storage;

/// <summary>
/// What every storage backend must do, run once per backend (STYLE.md §9). Each test gets a store
/// of its own from <see cref="CreateStoreAsync"/>.
/// </summary>
public abstract class StorageContract : IAsyncLifetime
{
    private const string StateName = "contract";

    private IReadOnlyDictionary<string, string?> settings = new Dictionary<string, string?>();

    protected abstract Task<IReadOnlyDictionary<string, string?>> CreateStoreAsync();

    protected abstract Task DeleteStoreAsync();

    private StorageTarget Target
    {
        get
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
            var options = configuration.GetSection(SanXiangOptions.Section).Get<SanXiangOptions>() ?? new SanXiangOptions();
            return StorageTarget.Resolve(configuration, options);
        }
    }

    public async Task InitializeAsync() => settings = await CreateStoreAsync();

    public Task DisposeAsync() => DeleteStoreAsync();

    [Fact]
    public async Task ReturnWhatWasWritten()
    {
        await using var silo = await TestSilo.StartAsync(settings);
        var storage = StorageOf(silo);
        var grain = NewGrainId();
        var written = NewState("罚字〔2026〕1号");
        await storage.WriteStateAsync(StateName, grain, written);

        var read = new GrainState<Dictionary<string, string>>();
        await storage.ReadStateAsync(StateName, grain, read);

        Assert.True(read.RecordExists);
        Assert.Equal("罚字〔2026〕1号", CaseIn(read));
        Assert.Equal(written.ETag, read.ETag);
    }

    [Fact]
    public async Task RefuseAStaleWriter()
    {
        await using var silo = await TestSilo.StartAsync(settings);
        var storage = StorageOf(silo);
        var grain = NewGrainId();
        var current = NewState("first");
        await storage.WriteStateAsync(StateName, grain, current);
        var stale = new GrainState<Dictionary<string, string>>();
        await storage.ReadStateAsync(StateName, grain, stale);
        current.State = Case("second");
        await storage.WriteStateAsync(StateName, grain, current);

        stale.State = Case("lost update");

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, grain, stale));
        var read = new GrainState<Dictionary<string, string>>();
        await storage.ReadStateAsync(StateName, grain, read);
        Assert.Equal("second", CaseIn(read));
    }

    [Fact]
    public async Task RefuseASecondFirstWrite()
    {
        await using var silo = await TestSilo.StartAsync(settings);
        var storage = StorageOf(silo);
        var grain = NewGrainId();
        await storage.WriteStateAsync(StateName, grain, NewState("one activation"));

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, grain, NewState("a duplicate activation")));
    }

    [Fact]
    public async Task ForgetAClearedStateAndRefuseWritersFromBeforeTheClear()
    {
        await using var silo = await TestSilo.StartAsync(settings);
        var storage = StorageOf(silo);
        var grain = NewGrainId();
        var current = NewState("to be cleared");
        await storage.WriteStateAsync(StateName, grain, current);
        var stale = new GrainState<Dictionary<string, string>>();
        await storage.ReadStateAsync(StateName, grain, stale);

        await storage.ClearStateAsync(StateName, grain, current);

        var read = new GrainState<Dictionary<string, string>>();
        await storage.ReadStateAsync(StateName, grain, read);
        Assert.Null(CaseIn(read));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, grain, stale));
    }

    [Fact]
    public async Task KeepGrainStateAcrossASiloRestart()
    {
        var profile = new AgencyProfile("restart-test", "县市场监督管理局", AgencyLevel.County, "市场监管", "330106", null, null, true, "test");
        await using (var first = await TestSilo.StartAsync(settings))
        {
            await first.Grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform).RecordAsync(profile);
        }

        await using var second = await TestSilo.StartAsync(settings);
        var found = await second.Grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform).FindAsync(profile.Id);

        Assert.Equal(profile, found);
    }

    [Fact]
    public async Task KeepDocumentNumbersAcrossASiloRestart()
    {
        var key = SequenceKeys.For("restart-test", "penalty-decision", 2026);
        await using (var first = await TestSilo.StartAsync(settings))
        {
            var sequence = first.Grains.GetGrain<ISequenceGrain>(key);
            await sequence.TakeAsync("case-1", $"doc-{Guid.NewGuid():N}");
            await sequence.TakeAsync("case-2", $"doc-{Guid.NewGuid():N}");
        }

        await using var second = await TestSilo.StartAsync(settings);
        var restarted = second.Grains.GetGrain<ISequenceGrain>(key);

        Assert.Equal(3, await restarted.TakeAsync("case-3", "doc-after-restart"));
        Assert.Equal(["case-1", "case-2", "case-3"], (await restarted.ListAsync()).Select(e => e.CaseId));
    }

    [Fact]
    public async Task KeepRemindersAcrossASiloRestart()
    {
        var entry = new ReminderEntry
        {
            GrainId = NewGrainId(),
            ReminderName = "ledger-deadline",
            StartAt = DateTime.UtcNow.AddHours(1),
            Period = TimeSpan.FromDays(1),
        };
        await using (var first = await TestSilo.StartAsync(settings))
        {
            entry.ETag = await first.Services.GetRequiredService<IReminderTable>().UpsertRow(entry);
        }

        await using var second = await TestSilo.StartAsync(settings);
        var read = await second.Services.GetRequiredService<IReminderTable>().ReadRow(entry.GrainId, entry.ReminderName);

        Assert.NotNull(read);
        Assert.Equal(entry.Period, read.Period);
        Assert.Equal(entry.ETag, read.ETag);
        Assert.True((read.StartAt - entry.StartAt).Duration() < TimeSpan.FromMilliseconds(1), $"{read.StartAt:O} vs {entry.StartAt:O}");
    }

    [Fact]
    public async Task RemoveAReminderOnlyWithItsCurrentETag()
    {
        await using var silo = await TestSilo.StartAsync(settings);
        var table = silo.Services.GetRequiredService<IReminderTable>();
        var entry = new ReminderEntry { GrainId = NewGrainId(), ReminderName = "review", StartAt = DateTime.UtcNow, Period = TimeSpan.FromHours(1) };
        var staleETag = await table.UpsertRow(entry) ?? throw new InvalidOperationException("No ETag for a new reminder.");
        entry.Period = TimeSpan.FromHours(2);
        var currentETag = await table.UpsertRow(entry) ?? throw new InvalidOperationException("No ETag for an updated reminder.");

        Assert.False(await table.RemoveRow(entry.GrainId, entry.ReminderName, staleETag));
        Assert.True(await table.RemoveRow(entry.GrainId, entry.ReminderName, currentETag));
        Assert.Empty((await table.ReadRows(entry.GrainId)).Reminders);
    }

    [Fact]
    public async Task FindRemindersByTheirGrainHashRange()
    {
        await using var silo = await TestSilo.StartAsync(settings);
        var table = silo.Services.GetRequiredService<IReminderTable>();
        var entry = new ReminderEntry { GrainId = NewGrainId(), ReminderName = "hearing", StartAt = DateTime.UtcNow, Period = TimeSpan.FromHours(1) };
        await table.UpsertRow(entry);
        var hash = entry.GrainId.GetUniformHashCode();

        // Orleans ranges are (begin, end]; the second one wraps around the end of the ring.
        var justIt = await table.ReadRows(unchecked(hash - 1), hash);
        var wrapping = await table.ReadRows(unchecked(hash + 1), hash);
        var justAfter = await table.ReadRows(hash, unchecked(hash + 1));

        Assert.Contains(justIt.Reminders, r => r.GrainId == entry.GrainId);
        Assert.Contains(wrapping.Reminders, r => r.GrainId == entry.GrainId);
        Assert.DoesNotContain(justAfter.Reminders, r => r.GrainId == entry.GrainId);
    }

    [Fact]
    public async Task ApplyNothingOnASecondStart()
    {
        var scripts = SchemaCatalog.For(Target.Provider);
        var migrator = new SchemaMigrator(Target);

        var first = await migrator.ApplyAsync(scripts);
        var second = await migrator.ApplyAsync(scripts);

        Assert.Equal(scripts.Select(s => s.Id), first);
        Assert.Empty(second);
        Assert.Equal(scripts[^1].Id, await migrator.ReadVersionAsync());
    }

    [Fact]
    public async Task ApplyOnlyTheScriptsAddedLater()
    {
        var scripts = SchemaCatalog.For(Target.Provider);
        var migrator = new SchemaMigrator(Target);
        await migrator.ApplyAsync(scripts.Take(scripts.Count - 1).ToList());

        var applied = await migrator.ApplyAsync(scripts);

        Assert.Equal([scripts[^1].Id], applied);
    }

    [Fact]
    public async Task RefuseAnAppliedScriptThatChanged()
    {
        var scripts = SchemaCatalog.For(Target.Provider);
        var migrator = new SchemaMigrator(Target);
        await migrator.ApplyAsync(scripts);
        var tampered = scripts.Select((s, i) => i == 1 ? new SchemaScript(s.Id, s.Sql + "\n-- edited after release\n") : s).ToList();

        var error = await Assert.ThrowsAsync<SchemaDriftException>(() => migrator.ApplyAsync(tampered));

        Assert.Contains(scripts[1].Id, error.Message, StringComparison.Ordinal);
    }

    private static IGrainStorage StorageOf(TestSilo silo) => silo.Services.GetRequiredKeyedService<IGrainStorage>(Names.Storage);

    private static GrainId NewGrainId() => GrainId.Create("sxtest", Guid.NewGuid().ToString("N"));

    private static GrainState<Dictionary<string, string>> NewState(string value) => new(Case(value));

    private static Dictionary<string, string> Case(string value) => new(StringComparer.Ordinal) { ["case"] = value };

    private static string? CaseIn(GrainState<Dictionary<string, string>> state) =>
        state.State is { } cases && cases.TryGetValue("case", out var value) ? value : null;
}
