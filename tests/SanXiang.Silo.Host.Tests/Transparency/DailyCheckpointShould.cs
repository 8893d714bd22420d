using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Domain.Integrity;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Grains.Transparency;
using SanXiang.Silo.Host.Storage;
using SanXiang.Silo.Host.Tests.Infrastructure;
using SanXiang.Silo.Transparency;

namespace SanXiang.Silo.Host.Tests.Transparency;

public sealed class DailyCheckpointShould() : TemporaryDataDirectory("sx-checkpoint")
{
    private Dictionary<string, string?> Settings => new() { ["SanXiang:DataDir"] = DataDir };

    [Fact]
    public async Task RegisterOnePlatformReminderAtStartAndNoneForAnyAgency()
    {
        await using (await TestSilo.StartAsync(Settings))
        {
        }

        var first = await RemindersAsync();
        await using (await TestSilo.StartAsync(Settings))
        {
        }

        Assert.Equal([("checkpointschedule/platform", CheckpointScheduleGrain.Tick)], first);
        Assert.Equal(first, await RemindersAsync());
    }

    [Fact]
    public async Task SignTheCheckpointOfAnAgencyWhenItsTimeInTheWindowComes()
    {
        // The silo's clock a second past 新田县市场监督管理局's signing time today. Not more: 河南省司法厅 signs 67 s after it, and the
        // second run must not reach that time (the first run, which also asks the witness, takes seconds on a loaded machine).
        var due = CheckpointWindow.SigningTime("xintian-scjg", DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime)).AddSeconds(1);
        var clock = new ShiftedClock(due - DateTimeOffset.UtcNow);
        await using var silo = await TestSilo.StartAsync(Settings, s => s.Services.AddSingleton<TimeProvider>(clock));
        var store = silo.Services.GetRequiredService<CaseEventStore>();
        await store.AppendAsync("xintian-scjg", "2026-0001", 0, [Event("立案"), Event("调查取证"), Event("告知")]);
        var grain = silo.Grains.GetGrain<ITransparencyLogGrain>("xintian-scjg");

        var signed = await silo.Grains.GetGrain<ICheckpointScheduleGrain>(GrainKeys.Platform).RunDueAsync();
        var again = await silo.Grains.GetGrain<ICheckpointScheduleGrain>(GrainKeys.Platform).RunDueAsync();

        var checkpoint = await grain.GetLatestCheckpointAsync();
        Assert.NotNull(checkpoint);
        Assert.True(signed >= 1);
        Assert.Equal(0, again);
        Assert.Equal(3, checkpoint.TreeSize);
        Assert.True(CheckpointNote.TryOpen(checkpoint.Note, Sm2PublicKey.FromHex((await grain.GetPublicKeyHexAsync())!), out var opened));
        Assert.Equal(checkpoint.RootHex, Convert.ToHexStringLower(opened!.RootHash));
        Assert.Equal(1, opened.Cases!.Count);
    }

    [Fact]
    public async Task ProveAnEventAgainstTheLatestCheckpointOnly()
    {
        await using var silo = await TestSilo.StartAsync(Settings);
        var store = silo.Services.GetRequiredService<CaseEventStore>();
        var grain = silo.Grains.GetGrain<ITransparencyLogGrain>("xuchang");
        await store.AppendAsync("xuchang", "2026-0007", 0, [Event("立案"), Event("调查取证")]);
        Assert.Contains("尚未发布", (await grain.GetInclusionProofAsync("2026-0007", 2)).Problem, StringComparison.Ordinal);

        var checkpoint = await grain.CheckpointAsync();
        await store.AppendAsync("xuchang", "2026-0007", 2, [Event("告知")]);
        var proof = (await grain.GetInclusionProofAsync("2026-0007", 2)).Proof!;

        Assert.Equal(2, proof.TreeSize);
        Assert.Equal(checkpoint.RootHex, proof.RootHex);
        var leaf = MerkleTree.HashLeaf(ChainHashAlgorithm.Sm3, Convert.FromHexString(proof.EventHashHex));
        Assert.True(MerkleTree.VerifyInclusion(
            ChainHashAlgorithm.Sm3, (int)proof.LeafIndex, (int)proof.TreeSize, leaf, [.. proof.AuditPathHex.Select(Convert.FromHexString)], Convert.FromHexString(proof.RootHex)));
        Assert.Null((await grain.GetInclusionProofAsync("2026-0007", 3)).Proof);
    }

    private static NewCaseEvent Event(string kind) => new(kind, "{\"note\":\"现场检查\"}", "officer-0001", DateTimeOffset.UtcNow);

    private async Task<IReadOnlyList<(string Grain, string Name)>> RemindersAsync()
    {
        await using var connection = new SqliteConnection(StorageTarget.Sqlite(DataDir).ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT grain_id, reminder_name FROM sx_reminders ORDER BY grain_id;";
        var reminders = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            reminders.Add((reader.GetString(0), reader.GetString(1)));
        }

        return reminders;
    }

    private sealed class ShiftedClock(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + shift;
    }
}
