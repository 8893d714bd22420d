using SanXiang.Domain.Integrity;
using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Silo.Host.Tests.EventLog;

/// <summary>The stored tree (edge and every eighth level of nodes) proves exactly what the full leaves prove, on every database.</summary>
public abstract class StoredMerkleTreeContract : EventLogTestBase
{
    private const string Tenant = "xuchang";

    // Past 2^16 leaves, so that nodes of the second stored level are written and read too.
    private const int BigLog = 66_000;

    [Fact]
    public async Task GiveTheProofsOfTheFullLeavesForRandomSizes()
    {
        await AppendManyAsync(Tenant, "case-1", BigLog);
        var leaves = await LeafHashesAsync(Tenant);
        var log = new TenantMerkleLog(Backend.Database);
        var algorithm = ChainHashAlgorithm.Get(Backend.Database.Algorithm);
        var random = new Random(6962);

        Assert.Equal(MerkleTree.RootHash(algorithm, leaves), (await log.GetTreeHeadAsync(Tenant)).RootHash);
        foreach (var size in new[] { 1, 255, 256, 257, 65_535, 65_536, BigLog }.Concat(Enumerable.Range(0, 6).Select(_ => random.Next(1, BigLog + 1))))
        {
            var tree = leaves[..size];
            Assert.Equal(MerkleTree.RootHash(algorithm, tree), (await log.GetTreeHeadAsync(Tenant, size)).RootHash);
            var index = random.Next(size);
            var inclusion = await log.GetInclusionProofAsync(Tenant, "case-1", index + 1, size);
            Assert.Equal(MerkleTree.InclusionProof(algorithm, tree, index), inclusion.AuditPath);
            var oldSize = random.Next(size + 1);
            var consistency = await log.GetConsistencyProofAsync(Tenant, oldSize, size);
            Assert.Equal(MerkleTree.ConsistencyProof(algorithm, tree, oldSize), consistency.Path);
        }
    }

    [Fact]
    public async Task ProveAgainstAnEarlierCheckpointFromTheEdgeItKept()
    {
        await AppendManyAsync(Tenant, "case-1", 1_234);
        var log = new TenantMerkleLog(Backend.Database);
        var signed = await log.CheckpointAsync(Tenant, new DateTimeOffset(2026, 3, 3, 16, 5, 0, TimeSpan.Zero));
        await AppendManyAsync(Tenant, "case-1", 777, from: 1_234);
        var algorithm = ChainHashAlgorithm.Get(Backend.Database.Algorithm);
        var tree = (await LeafHashesAsync(Tenant))[..1_234];

        var proof = await log.GetInclusionProofAsync(Tenant, "case-1", 5, 1_234);
        var consistency = await log.GetConsistencyProofAsync(Tenant, 1_000, 1_234);

        Assert.Equal(signed.Checkpoint.RootHash, proof.TreeHead.RootHash);
        Assert.Equal(MerkleTree.InclusionProof(algorithm, tree, 4), proof.AuditPath);
        Assert.Equal(MerkleTree.ConsistencyProof(algorithm, tree, 1_000), consistency.Path);
    }

    [Fact]
    public async Task StoreOneNodeRowPer256LeavesAndOneEdgeRowPerTenant()
    {
        await AppendManyAsync(Tenant, "case-1", 1000);
        await AppendManyAsync("gengma-yjj", "case-1", 10);

        Assert.Equal(3L, await ScalarAsync($"SELECT COUNT(*) FROM tenant_log_nodes WHERE tenant = '{Tenant}'"));
        Assert.Equal(2L, await ScalarAsync("SELECT COUNT(*) FROM tenant_log_frontier"));
    }

    [Fact]
    public async Task MigrateALogWrittenBeforeItsTreeWasStoredOnce()
    {
        await AppendManyAsync(Tenant, "case-1", 700);
        var log = new TenantMerkleLog(Backend.Database);
        var before = await log.GetTreeHeadAsync(Tenant);
        await Backend.ExecuteAsync("DELETE FROM tenant_log_nodes; DELETE FROM tenant_log_frontier;");
        await Assert.ThrowsAsync<InvalidDataException>(() => log.GetTreeHeadAsync(Tenant));

        var migrated = await MerkleLogMigration.RunAsync(Backend.Database);
        var again = await MerkleLogMigration.RunAsync(Backend.Database);
        await AppendManyAsync(Tenant, "case-1", 100, from: 700);

        Assert.Equal([Tenant], migrated);
        Assert.Empty(again);
        Assert.Equal(700L, await ScalarAsync($"SELECT tree_size FROM tenant_case_maps WHERE tenant = '{Tenant}'"));
        Assert.Equal(before.RootHash, (await log.GetTreeHeadAsync(Tenant, 700)).RootHash);
        Assert.Equal(MerkleTree.RootHash(ChainHashAlgorithm.Get(Backend.Database.Algorithm), await LeafHashesAsync(Tenant)), (await log.GetTreeHeadAsync(Tenant)).RootHash);
    }

    [Fact]
    public async Task CatchUpATenantWhoseTreeIsBehindOnItsNextAppend()
    {
        await AppendManyAsync(Tenant, "case-1", 300);
        await Backend.ExecuteAsync("DELETE FROM tenant_log_nodes; DELETE FROM tenant_log_frontier;");
        await using var fresh = new CaseEventStore(Backend.Database);

        Assert.True((await fresh.AppendAsync(Tenant, "case-1", 300, [Event(301)])).Succeeded);

        var leaves = await LeafHashesAsync(Tenant);
        Assert.Equal(MerkleTree.RootHash(ChainHashAlgorithm.Get(Backend.Database.Algorithm), leaves), (await new TenantMerkleLog(Backend.Database).GetTreeHeadAsync(Tenant)).RootHash);
    }

    [Fact]
    public async Task CommitEveryCasesHeadInTheCheckpoint()
    {
        var log = new TenantMerkleLog(Backend.Database);
        await AppendManyAsync(Tenant, "case-1", 3);
        await AppendManyAsync(Tenant, "case-2", 300);
        var first = await log.CheckpointAsync(Tenant, new DateTimeOffset(2026, 3, 3, 16, 5, 0, TimeSpan.Zero));
        await AppendManyAsync(Tenant, "case-1", 2, from: 3);
        var second = await log.CheckpointAsync(Tenant, new DateTimeOffset(2026, 3, 4, 16, 5, 0, TimeSpan.Zero));

        var head = await log.GetCaseHeadProofAsync(second.Checkpoint, "case-1");
        var last = await Store.ReadAsync(Tenant, "case-1").LastAsync();

        Assert.Equal(2, first.Checkpoint.Cases!.Count);
        Assert.Equal(2, second.Checkpoint.Cases!.Count);
        Assert.Equal(5, head!.Sequence);
        Assert.Equal(last.Hash, head.Hash);
        Assert.Equal(0, head.LeafIndex);
        Assert.Null(await log.GetCaseHeadProofAsync(first.Checkpoint, "case-1"));
        Assert.Null(await log.GetCaseHeadProofAsync(second.Checkpoint, "case-9"));
        Assert.Equal(300, (await log.GetCaseHeadProofAsync(second.Checkpoint, "case-2"))!.Sequence);
    }

    [Fact]
    public async Task RehashTheStoredNodesOfAMapWhoseCasesChanged()
    {
        var log = new TenantMerkleLog(Backend.Database);
        for (var c = 0; c < 300; c++)
        {
            await AppendManyAsync(Tenant, $"case-{c}", 1);
        }

        await log.CheckpointAsync(Tenant, new DateTimeOffset(2026, 3, 3, 16, 5, 0, TimeSpan.Zero));
        await AppendManyAsync(Tenant, "case-17", 1, from: 1);
        var second = await log.CheckpointAsync(Tenant, new DateTimeOffset(2026, 3, 4, 16, 5, 0, TimeSpan.Zero));

        var algorithm = ChainHashAlgorithm.Get(Backend.Database.Algorithm);
        var heads = new List<byte[]>();
        for (var c = 0; c < 300; c++)
        {
            var last = await Store.ReadAsync(Tenant, $"case-{c}").LastAsync();
            heads.Add(MerkleTree.HashLeaf(algorithm, CaseHeads.LeafData($"case-{c}", last.Sequence, last.Hash)));
        }

        Assert.Equal(MerkleTree.RootHash(algorithm, heads), second.Checkpoint.Cases!.Root);
        Assert.Equal(2, (await log.GetCaseHeadProofAsync(second.Checkpoint, "case-17"))!.Sequence);
    }

    private static NewCaseEvent Event(long n) => new("记录", $$"""{"n":{{n}}}""", "officer-1", DateTimeOffset.UtcNow);

    private async Task AppendManyAsync(string tenant, string caseId, int count, int from = 0)
    {
        const int Chunk = 2_000;
        for (var done = 0; done < count; done += Chunk)
        {
            var events = Enumerable.Range(from + done + 1, Math.Min(Chunk, count - done)).Select(n => Event(n)).ToList();
            Assert.True((await Store.AppendAsync(tenant, caseId, from + done, events)).Succeeded);
        }
    }

    private async Task<byte[][]> LeafHashesAsync(string tenant)
    {
        var algorithm = ChainHashAlgorithm.Get(Backend.Database.Algorithm);
        var leaves = new List<byte[]>();
        await using var connection = await Backend.Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT hash FROM case_events WHERE tenant = '{tenant}' ORDER BY tenant_log_index";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            leaves.Add(MerkleTree.HashLeaf(algorithm, (byte[])reader.GetValue(0)));
        }

        return [.. leaves];
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await Backend.Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
