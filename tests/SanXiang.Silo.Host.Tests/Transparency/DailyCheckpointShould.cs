using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SanXiang.Domain.Integrity;
using SanXiang.Silo.Agencies;
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
    public async Task BeScheduledForEveryAgencyAtStartAndStayScheduledAfterARestart()
    {
        IReadOnlyList<string> agencies;
        await using (var silo = await TestSilo.StartAsync(Settings))
        {
            agencies = [.. (await silo.Grains.GetGrain<IAgencyDirectoryGrain>(GrainKeys.Platform).ListAsync()).Select(a => a.Id)];
        }

        var scheduled = await ScheduledTenantsAsync();
        await using (await TestSilo.StartAsync(Settings))
        {
        }

        Assert.NotEmpty(agencies);
        Assert.Equal(agencies.Order(StringComparer.Ordinal), scheduled);
        Assert.Equal(scheduled, await ScheduledTenantsAsync());
    }

    [Fact]
    public async Task SignACheckpointOfTheLogWhenTheReminderFires()
    {
        await using var silo = await TestSilo.StartAsync(Settings);
        var store = silo.Services.GetRequiredService<CaseEventStore>();
        await store.AppendAsync("xintian-scjg", "2026-0001", 0, [Event("立案"), Event("调查取证"), Event("告知")]);
        var grain = silo.Grains.GetGrain<ITransparencyLogGrain>("xintian-scjg");
        Assert.Null(await grain.GetLatestCheckpointAsync());

        await grain.AsReference<IRemindable>().ReceiveReminder(
            TransparencyLogGrain.DailyCheckpoint, new TickStatus(DateTime.UtcNow, TimeSpan.FromDays(1), DateTime.UtcNow));

        var checkpoint = await grain.GetLatestCheckpointAsync();
        Assert.NotNull(checkpoint);
        Assert.Equal(3, checkpoint.TreeSize);
        Assert.True(CheckpointNote.TryOpen(checkpoint.Note, Sm2PublicKey.FromHex((await grain.GetPublicKeyHexAsync())!), out var opened));
        Assert.Equal(checkpoint.RootHex, Convert.ToHexStringLower(opened!.RootHash));
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
        Assert.Contains("晚于最新检查点", (await grain.GetInclusionProofAsync("2026-0007", 3)).Problem, StringComparison.Ordinal);
        Assert.Contains("没有第 9 号事件", (await grain.GetInclusionProofAsync("2026-0007", 9)).Problem, StringComparison.Ordinal);
    }

    private static NewCaseEvent Event(string kind) => new(kind, "{\"note\":\"现场检查\"}", "officer-0001", DateTimeOffset.UtcNow);

    private async Task<IReadOnlyList<string>> ScheduledTenantsAsync()
    {
        await using var connection = new SqliteConnection(StorageTarget.Sqlite(DataDir).ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT grain_id FROM sx_reminders WHERE reminder_name = $name ORDER BY grain_id;";
        command.Parameters.AddWithValue("$name", TransparencyLogGrain.DailyCheckpoint);
        var tenants = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            // Orleans writes a grain id as "{type}/{key}"; the key is the tenant.
            var grainId = reader.GetString(0);
            Assert.StartsWith("transparencylog/", grainId, StringComparison.Ordinal);
            tenants.Add(grainId["transparencylog/".Length..]);
        }

        return [.. tenants.Order(StringComparer.Ordinal)];
    }
}
