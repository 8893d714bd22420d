using System.Data.Common;
using SanXiang.Domain.Integrity;
using SanXiang.Silo.Grains.EventLog;
using SanXiang.Silo.Host.Tests.Infrastructure;

namespace SanXiang.Silo.Host.Tests.EventLog;

/// <summary>What the case event log must do on every database (STYLE.md §9).</summary>
public abstract class EventLogContract : EventLogTestBase
{
    private const string Tenant = "xuchang";

    [Fact]
    public async Task ReadBackWhatWasAppendedAndVerifyIt()
    {
        var at = new DateTimeOffset(2026, 3, 2, 9, 30, 15, TimeSpan.FromHours(8)).AddTicks(1234567);
        var first = await Store.AppendAsync(Tenant, "case-1", 0, [new NewCaseEvent("立案", """{"案由":"无照经营","金额":1200.50}""", "officer-7", at, ["ab12", "cd34"])]);
        var second = await Store.AppendAsync(Tenant, "case-1", 1, [Event(2), Event(3)]);

        var read = await Store.ReadAsync(Tenant, "case-1").ToListAsync();
        var verification = await Store.VerifyAsync(Tenant, "case-1");

        Assert.True(first.Succeeded);
        Assert.Equal(3, second.LastSequence);
        Assert.Equal([1L, 2L, 3L], read.Select(e => e.Sequence));
        Assert.Equal("""{"案由":"无照经营","金额":1200.50}""", read[0].Event.Payload);
        Assert.Equal(CanonicalEventEncoding.ToStoredPrecision(at), read[0].Event.At);
        Assert.Equal(["ab12", "cd34"], read[0].Event.FileHashes);
        Assert.Equal(second.Events[^1].Hash, read[^1].Hash);
        Assert.True(verification.IsValid, verification.Message);
        Assert.Equal(3, verification.HeadSequence);
    }

    [Fact]
    public async Task ReadFromAGivenSequence()
    {
        await AppendAsync("case-1", 5);

        var read = await Store.ReadAsync(Tenant, "case-1", fromSequence: 4).ToListAsync();

        Assert.Equal([4L, 5L], read.Select(e => e.Sequence));
    }

    [Fact]
    public async Task RefuseAnAppendWithAStaleExpectedSequence()
    {
        await AppendAsync("case-1", 2);

        var stale = await Store.AppendAsync(Tenant, "case-1", 1, [Event(99)]);

        Assert.False(stale.Succeeded);
        Assert.Equal(2, stale.LastSequence);
        Assert.Equal(2, await Store.ReadAsync(Tenant, "case-1").CountAsync());
    }

    [Fact]
    public async Task LetOnlyOneOfTwoWritersWithTheSameExpectedSequenceWin()
    {
        await AppendAsync("case-1", 1);

        var results = await Task.WhenAll(
            Store.AppendAsync(Tenant, "case-1", 1, [Event(2)]),
            Store.AppendAsync(Tenant, "case-1", 1, [Event(2)]));

        Assert.Single(results, r => r.Succeeded);
        Assert.Equal(2, await Store.ReadAsync(Tenant, "case-1").CountAsync());
    }

    [Fact]
    public async Task NeverGapOrDuplicateUnderConcurrentAppendsToOneCase()
    {
        var writers = Enumerable.Range(0, 16).Select(async writer =>
        {
            var appended = 0;
            while (appended < 10)
            {
                var last = await Store.ReadAsync(Tenant, "busy").CountAsync();
                var result = await Store.AppendAsync(Tenant, "busy", last, [Event(writer * 100 + appended)]);
                if (result.Succeeded)
                {
                    appended++;
                }
            }
        });
        await Task.WhenAll(writers);

        var sequences = await Store.ReadAsync(Tenant, "busy").Select(e => e.Sequence).ToListAsync();
        var verification = await Store.VerifyAsync(Tenant, "busy");

        Assert.Equal(Enumerable.Range(1, 160).Select(i => (long)i), sequences);
        Assert.True(verification.IsValid, verification.Message);
    }

    [Fact]
    public async Task KeepCasesAndTenantsApart()
    {
        await AppendAsync("case-1", 3);
        await Store.AppendAsync("yuxi-sfj", "case-1", 0, [Event(1)]);

        Assert.Equal(3, await Store.ReadAsync(Tenant, "case-1").CountAsync());
        Assert.Equal(1, await Store.ReadAsync("yuxi-sfj", "case-1").CountAsync());
        Assert.True((await Store.VerifyAsync("yuxi-sfj", "case-1")).IsValid);
    }

    [Fact]
    public async Task RefuseUpdateAndDeleteThroughTheTriggers()
    {
        await AppendAsync("case-1", 2);

        var update = await Assert.ThrowsAnyAsync<DbException>(() => Backend.ExecuteAsync("UPDATE case_events SET payload = '{}' WHERE seq = 1;"));
        var delete = await Assert.ThrowsAnyAsync<DbException>(() => Backend.ExecuteAsync("DELETE FROM case_events;"));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        Assert.True((await Store.VerifyAsync(Tenant, "case-1")).IsValid);
    }

    [Fact]
    public async Task DetectOneChangedPayloadByteAtItsSequence()
    {
        await AppendAsync("case-1", 5);

        await Backend.TamperAsync($"UPDATE case_events SET payload = replace(payload, 'note-3', 'note-8') WHERE {Row("case-1", 3)};");

        AssertFault(await Store.VerifyAsync(Tenant, "case-1"), 3, ChainFault.HashMismatch);
    }

    [Fact]
    public async Task DetectADeletedRowAtItsSequence()
    {
        await AppendAsync("case-1", 5);

        await Backend.TamperAsync($"DELETE FROM case_events WHERE {Row("case-1", 3)};");

        AssertFault(await Store.VerifyAsync(Tenant, "case-1"), 3, ChainFault.SequenceGap);
    }

    [Fact]
    public async Task DetectTwoSwappedRowsAtTheFirstOfThem()
    {
        await AppendAsync("case-1", 5);

        // The primary key allows a swap only as an exchange of numbers: 3 ↔ 4 by way of negatives.
        await Backend.TamperAsync(
            $"UPDATE case_events SET seq = -seq WHERE {Case("case-1")} AND seq IN (3, 4);",
            $"UPDATE case_events SET seq = 7 + seq WHERE {Case("case-1")} AND seq IN (-3, -4);");

        AssertFault(await Store.VerifyAsync(Tenant, "case-1"), 3, ChainFault.ChainBroken);
    }

    [Fact]
    public async Task DetectAnInsertedRowAtItsSequence()
    {
        await AppendAsync("case-1", 5);
        var madeUp = Enumerable.Repeat((byte)0x5a, 32).ToArray();

        await Backend.TamperAsync(
            $"UPDATE case_events SET seq = -seq - 1 WHERE {Case("case-1")} AND seq >= 3;",
            $"UPDATE case_events SET seq = -seq WHERE {Case("case-1")} AND seq < 0;",
            "INSERT INTO case_events (tenant, case_id, seq, kind, payload, actor, at, algorithm, prev_hash, hash, file_hashes, tenant_log_index) " +
            $"VALUES ('{Tenant}', 'case-1', 3, '补录', '{{\"note\":\"forged\"}}', 'intruder', '2026-03-02T01:00:00.000000Z', 'SM3', " +
            $"{Backend.BytesLiteral(madeUp)}, {Backend.BytesLiteral(madeUp)}, '[]', 1000);");

        AssertFault(await Store.VerifyAsync(Tenant, "case-1"), 3, ChainFault.ChainBroken);
    }

    [Fact]
    public async Task ProveAnEventIsInItsTenantsLog()
    {
        await AppendAsync("case-1", 3);
        await AppendAsync("case-2", 4);
        var log = new TenantMerkleLog(Backend.Database);
        var algorithm = ChainHashAlgorithm.Get(Backend.Database.Algorithm);

        var proof = await log.GetInclusionProofAsync(Tenant, "case-2", 2);
        var head = await log.GetTreeHeadAsync(Tenant);

        Assert.Equal(7, head.Size);
        Assert.Equal(head.RootHash, proof.TreeHead.RootHash);
        Assert.True(MerkleTree.VerifyInclusion(algorithm, proof.LeafIndex, proof.TreeHead.Size, MerkleTree.HashLeaf(algorithm, proof.EventHash), proof.AuditPath, head.RootHash));
    }

    [Fact]
    public async Task ProveTheLogOnlyGrewBetweenTwoSizes()
    {
        await AppendAsync("case-1", 3);
        var log = new TenantMerkleLog(Backend.Database);
        var algorithm = ChainHashAlgorithm.Get(Backend.Database.Algorithm);
        await AppendAsync("case-2", 6);

        var proof = await log.GetConsistencyProofAsync(Tenant, 3, 9);

        Assert.True(MerkleTree.VerifyConsistency(algorithm, 3, 9, proof.Path, proof.OldHead.RootHash, proof.NewHead.RootHash));
        Assert.Equal((await log.GetTreeHeadAsync(Tenant, 3)).RootHash, proof.OldHead.RootHash);
    }

    [Fact]
    public async Task SignACheckpointThatVerifiesWithTheTenantsPublicKey()
    {
        await AppendAsync("case-1", 4);
        var log = new TenantMerkleLog(Backend.Database);
        var now = new DateTimeOffset(2026, 3, 3, 0, 5, 0, TimeSpan.Zero);

        var signed = await log.CheckpointAsync(Tenant, now);
        var publicKey = await log.GetPublicKeyAsync(Tenant);

        Assert.NotNull(publicKey);
        Assert.True(CheckpointNote.TryOpen(signed.Note, publicKey, out var opened));
        Assert.Equal(4, opened!.TreeSize);
        Assert.Equal((await log.GetTreeHeadAsync(Tenant)).RootHash, opened.RootHash);
        Assert.Equal(signed.Note, (await log.GetLatestCheckpointAsync(Tenant))!.Note);
    }

    [Fact]
    public async Task KeepTheTenantsKeyAcrossCheckpoints()
    {
        await AppendAsync("case-1", 1);
        var log = new TenantMerkleLog(Backend.Database);
        var first = await log.CheckpointAsync(Tenant, new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero));
        await AppendAsync("case-2", 1);

        var second = await log.CheckpointAsync(Tenant, new DateTimeOffset(2026, 3, 4, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(first.PublicKeyHex, second.PublicKeyHex);
        Assert.Equal(2, second.Checkpoint.TreeSize);
    }

    [Fact]
    public async Task KeepEveryAcknowledgedEventWhenTheWriterIsKilledMidAppend()
    {
        using var child = AppendingProcess.Start([.. Backend.ChildArguments, "--tenant", "crash", "--cases", "16"]);
        await child.WaitForAcknowledgementsAsync(400, TimeSpan.FromMinutes(2));

        child.Kill();

        Assert.Equal(16, child.Acknowledged.Count);
        foreach (var (caseId, acknowledged) in child.Acknowledged)
        {
            var verification = await Store.VerifyAsync("crash", caseId);
            Assert.True(verification.IsValid, $"{caseId}: {verification.Message}");
            Assert.True(verification.HeadSequence >= acknowledged, $"{caseId}: acknowledged {acknowledged}, stored {verification.HeadSequence}");
        }

        // The log must still take appends where the killed writer left off.
        var head = await Store.ReadAsync("crash", "case-0").CountAsync();
        Assert.True((await Store.AppendAsync("crash", "case-0", head, [Event(head + 1)])).Succeeded);
    }

    private static void AssertFault(ChainVerification verification, long sequence, ChainFault fault)
    {
        Assert.False(verification.IsValid);
        Assert.Equal(sequence, verification.FirstBadSequence);
        Assert.Equal(fault, verification.Fault);
        Assert.False(string.IsNullOrEmpty(verification.Message));
    }

    private static string Case(string caseId) => $"tenant = '{Tenant}' AND case_id = '{caseId}'";

    private static string Row(string caseId, long sequence) => $"{Case(caseId)} AND seq = {sequence}";

    private static NewCaseEvent Event(int n) =>
        new("记录", $$"""{"note":"note-{{n}}","n":{{n}}}""", "officer-1", DateTimeOffset.UtcNow);

    private async Task AppendAsync(string caseId, int count)
    {
        var last = await Store.ReadAsync(Tenant, caseId).CountAsync();
        for (var i = 1; i <= count; i++)
        {
            var result = await Store.AppendAsync(Tenant, caseId, last, [Event(last + 1)]);
            Assert.True(result.Succeeded);
            last++;
        }
    }
}
