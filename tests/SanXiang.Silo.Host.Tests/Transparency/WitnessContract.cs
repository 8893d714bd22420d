using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Integrity;
using SanXiang.Domain.Integrity.Witnessing;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Host.Tests.EventLog;
using SanXiang.Silo.Host.Tests.Infrastructure;
using SanXiang.Silo.Transparency;

namespace SanXiang.Silo.Host.Tests.Transparency;

/// <summary>
/// 新田县司法局 witnesses 新田县市场监督管理局's log (issue 11 item 6), on every database: what it stores — its key, the head
/// it cosigned, its alerts, the cosignature lines — must hold across a silo's restart.
/// </summary>
public abstract class WitnessContract : IAsyncLifetime
{
    private const string Agency = "xintian-scjg";
    private const string Department = "xintian-sfj";

    private readonly string dataDir = Path.Combine(Path.GetTempPath(), $"sx-witness-{Guid.NewGuid():N}");
    private readonly MovableClock clock = new();
    private EventLogBackend? backend;

    private protected EventLogBackend Backend => backend ?? throw new InvalidOperationException("Not initialised.");

    // SQLite's file lies in the backend's data directory; PostgreSQL needs one for the silo's other files.
    private Dictionary<string, string?> Settings => Backend.Settings.ContainsKey("SanXiang:DataDir")
        ? new(Backend.Settings)
        : new(Backend.Settings) { ["SanXiang:DataDir"] = dataDir };

    private protected abstract Task<EventLogBackend> CreateBackendAsync();

    public async Task InitializeAsync() => backend = await CreateBackendAsync();

    public async Task DisposeAsync()
    {
        if (backend is not null)
        {
            await backend.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(dataDir))
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task CosignAConsistentGrowthWithALineThatVerifiesWithTheWitnessKey()
    {
        await using var silo = await StartAsync();
        await AppendAsync(silo, "2026-0001", 3);
        var first = await CheckpointAsync(silo);
        await AppendAsync(silo, "2026-0002", 4);
        var second = await CheckpointAsync(silo);

        var witnessKey = Sm2PublicKey.FromHex((await silo.Grains.GetGrain<IWitnessGrain>(Department).GetPublicKeyHexAsync())!);
        var agencyKey = Sm2PublicKey.FromHex(second.PublicKeyHex);
        Assert.Equal([Department], first.Witnesses!.Select(w => w.DepartmentId));
        Assert.Equal(7, second.TreeSize);
        Assert.Equal([Department], second.Witnesses!.Select(w => w.DepartmentId));
        Assert.Contains("\n— sanxiang/xintian-sfj/witness ", second.Note, StringComparison.Ordinal);
        Assert.Equal(CosignatureStatus.Valid, CosignatureNote.Verify(second.Note, CosignatureNote.WitnessName(Department), witnessKey).Status);
        Assert.True(CheckpointNote.TryOpen(second.Note, agencyKey, out _));
        Assert.Empty(await silo.Grains.GetGrain<IWitnessGrain>(Department).ListAlertsAsync(50));
    }

    [Fact]
    public async Task PublishTheAgencysNoteUnchangedFollowedByTheCosignature()
    {
        await using var silo = await StartAsync();
        await AppendAsync(silo, "2026-0001", 2);

        var published = await CheckpointAsync(silo);

        var stored = await ScalarAsync($"SELECT note FROM tenant_checkpoints WHERE tenant = '{Agency}'");
        Assert.StartsWith(stored, published.Note, StringComparison.Ordinal);
        Assert.StartsWith("— sanxiang/xintian-sfj/witness ", published.Note[stored.Length..], StringComparison.Ordinal);
        Assert.Equal(published.Note, (await silo.Grains.GetGrain<ITransparencyLogGrain>(Agency).GetLatestCheckpointAsync())!.Note);
    }

    [Fact]
    public async Task RefuseALogRewrittenInTheDatabaseAndAlertTheDepartmentWithTheSizes()
    {
        await using (var silo = await StartAsync())
        {
            await AppendAsync(silo, "2026-0001", 3);
            await CheckpointAsync(silo);
        }

        // Someone with the database in hand replaces the agency's history with another, longer one.
        await RewriteHistoryAsync();
        await using (var silo = await StartAsync())
        {
            await AppendAsync(silo, "2026-0009", 5);
            var rewritten = await CheckpointAsync(silo);

            var alerts = await silo.Grains.GetGrain<IWitnessGrain>(Department).ListAlertsAsync(50);
            Assert.Equal(5, rewritten.TreeSize);
            Assert.Empty(rewritten.Witnesses!);
            Assert.DoesNotContain("witness", rewritten.Note, StringComparison.Ordinal);
            var alert = Assert.Single(alerts);
            Assert.Equal((Agency, WitnessOutcome.ProofInvalid, 3L, 5L), (alert.SubjectId, alert.Outcome, alert.OldSize, alert.NewSize));
        }
    }

    [Fact]
    public async Task RefuseALogShortenedInTheDatabaseAndAlertTheDepartmentWithTheSizes()
    {
        await using (var silo = await StartAsync())
        {
            await AppendAsync(silo, "2026-0001", 5);
            await CheckpointAsync(silo);
        }

        await RewriteHistoryAsync();
        await using (var silo = await StartAsync())
        {
            await AppendAsync(silo, "2026-0009", 3);
            var shortened = await CheckpointAsync(silo);

            var alert = Assert.Single(await silo.Grains.GetGrain<IWitnessGrain>(Department).ListAlertsAsync(50));
            Assert.Empty(shortened.Witnesses!);
            Assert.Equal((WitnessOutcome.SizeWentBackwards, 5L, 3L), (alert.Outcome, alert.OldSize, alert.NewSize));
        }
    }

    [Fact]
    public async Task ProveFromTheSizeTheWitnessHoldsWhenTheLogHasLostItsCosignatures()
    {
        await using var silo = await StartAsync();
        await AppendAsync(silo, "2026-0001", 3);
        await CheckpointAsync(silo);
        await QueryAsync($"DELETE FROM checkpoint_cosignatures WHERE tenant = '{Agency}'");
        await AppendAsync(silo, "2026-0002", 2);

        var next = await CheckpointAsync(silo);

        Assert.Equal([Department], next.Witnesses!.Select(w => w.DepartmentId));
        Assert.Empty(await silo.Grains.GetGrain<IWitnessGrain>(Department).ListAlertsAsync(50));
    }

    [Fact]
    public async Task RefuseAForgedCheckpointWithAnotherRootAtALargerSize()
    {
        await using var silo = await StartAsync();
        await AppendAsync(silo, "2026-0001", 3);
        var genuine = await CheckpointAsync(silo);
        await AppendAsync(silo, "2026-0001", 2, after: 3);
        var log = silo.Services.GetRequiredService<TenantMerkleLog>();
        var proof = (await log.GetConsistencyProofAsync(Agency, 3, 5)).Path;

        // The agency's own key signs a tree of 5 whose root is not the log's.
        var agencyKey = Sm2KeyPair.FromPrivateKey(await BytesAsync($"SELECT private_key FROM tenant_keys WHERE tenant = '{Agency}'"));
        var forged = CheckpointNote.Sign(new Checkpoint(Agency, 5, ChainHashAlgorithm.Sm3.Hash("forged"u8), clock.GetUtcNow(), "SM3"), agencyKey);
        var answer = await silo.Grains.GetGrain<IWitnessGrain>(Department).AddCheckpointAsync(Agency, 3, proof, forged);

        Assert.Equal(WitnessOutcome.ProofInvalid, answer.Outcome);
        Assert.Null(answer.CosignatureLine);
        Assert.Equal(3, answer.WitnessSize);
        var alert = Assert.Single(await silo.Grains.GetGrain<IWitnessGrain>(Department).ListAlertsAsync(50));
        Assert.Equal((3L, 5L), (alert.OldSize, alert.NewSize));
        Assert.Equal(genuine.Note, (await silo.Grains.GetGrain<ITransparencyLogGrain>(Agency).GetLatestCheckpointAsync())!.Note);
    }

    [Fact]
    public async Task RefuseACheckpointWhoseSignatureIsForged()
    {
        await using var silo = await StartAsync();
        await AppendAsync(silo, "2026-0001", 3);
        await CheckpointAsync(silo);
        var log = silo.Services.GetRequiredService<TenantMerkleLog>();
        await AppendAsync(silo, "2026-0001", 1, after: 3);
        var head = await log.GetTreeHeadAsync(Agency);

        var forged = CheckpointNote.Sign(new Checkpoint(Agency, 4, head.RootHash, clock.GetUtcNow(), "SM3"), Sm2KeyPair.Generate());
        var answer = await silo.Grains.GetGrain<IWitnessGrain>(Department).AddCheckpointAsync(Agency, 3, (await log.GetConsistencyProofAsync(Agency, 3, 4)).Path, forged);

        Assert.Equal(WitnessOutcome.SignatureInvalid, answer.Outcome);
        Assert.Null(answer.CosignatureLine);
        var alert = Assert.Single(await silo.Grains.GetGrain<IWitnessGrain>(Department).ListAlertsAsync(50));
        Assert.Equal((WitnessOutcome.SignatureInvalid, 3L, 4L), (alert.Outcome, alert.OldSize, alert.NewSize));
    }

    [Fact]
    public async Task WitnessOnlyTheAgenciesTheDepartmentSupervises()
    {
        await using var silo = await StartAsync();
        await AppendAsync(silo, "2026-0001", 1);
        var note = (await CheckpointAsync(silo)).Note;

        var refusal = await Assert.ThrowsAsync<SanXiangException>(() => silo.Grains.GetGrain<IWitnessGrain>("henan-sft").AddCheckpointAsync(Agency, 0, [], note));

        Assert.Equal(ErrorCodes.Forbidden, refusal.Code);
    }

    // With the silo stopped, every trace of the agency's log is removed, so that a new history can be written in its place.
    private Task RewriteHistoryAsync() => Backend.TamperAsync(
        $"DELETE FROM case_events WHERE tenant = '{Agency}';",
        $"DELETE FROM tenant_log_heads WHERE tenant = '{Agency}';",
        $"DELETE FROM tenant_log_frontier WHERE tenant = '{Agency}';",
        $"DELETE FROM tenant_log_nodes WHERE tenant = '{Agency}';",
        $"DELETE FROM tenant_case_maps WHERE tenant = '{Agency}';",
        $"DELETE FROM tenant_case_heads WHERE tenant = '{Agency}';",
        $"DELETE FROM tenant_case_map_nodes WHERE tenant = '{Agency}';");

    private async Task<TestSilo> StartAsync() => await TestSilo.StartAsync(Settings, s => s.Services.AddSingleton<TimeProvider>(clock));

    // Each checkpoint a minute after the last: one note per second is kept, and the test must not wait for the next.
    private async Task<PublishedCheckpoint> CheckpointAsync(TestSilo silo)
    {
        clock.Shift += TimeSpan.FromMinutes(1);
        return await silo.Grains.GetGrain<ITransparencyLogGrain>(Agency).CheckpointAsync();
    }

    private static async Task AppendAsync(TestSilo silo, string caseId, int count, long after = 0)
    {
        var events = Enumerable.Range(1, count).Select(i => new NewCaseEvent("调查取证", $"{{\"note\":\"{caseId}-{after + i}\"}}", "officer-0001", DateTimeOffset.UtcNow)).ToList();
        var result = await silo.Services.GetRequiredService<CaseEventStore>().AppendAsync(Agency, caseId, after, events);
        Assert.True(result.Succeeded);
    }

    private async Task<string> ScalarAsync(string sql) => (string)(await QueryAsync(sql))!;

    private async Task<byte[]> BytesAsync(string sql) => (byte[])(await QueryAsync(sql))!;

    private async Task<object?> QueryAsync(string sql)
    {
        await using DbConnection connection = await Backend.Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private sealed class MovableClock : TimeProvider
    {
        public TimeSpan Shift { get; set; }

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Shift;
    }
}
