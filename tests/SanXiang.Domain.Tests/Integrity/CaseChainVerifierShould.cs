using SanXiang.Domain.Integrity;

namespace SanXiang.Domain.Tests.Integrity;

public class CaseChainVerifierShould
{
    private const int Length = 10;

    [Theory]
    [InlineData("SM3")]
    [InlineData("SHA-256")]
    public void AcceptAnUntouchedChain(string algorithm)
    {
        var events = ChainFixture.Build(Length, ChainHashAlgorithm.Get(algorithm));
        var result = Verify(events);
        Assert.True(result.IsValid, result.Message);
        Assert.Equal(Length, result.VerifiedCount);
        Assert.Equal(Length, result.HeadSequence);
        Assert.Equal(events[^1].Hash, result.HeadHash);
        Assert.Null(result.Code);
    }

    [Fact]
    public void AcceptAnEmptyCase() => Assert.True(Verify([]).IsValid);

    [Fact]
    public void AcceptAChainWhoseAlgorithmChangedPartWay()
    {
        var events = ChainFixture.Build(3, ChainHashAlgorithm.Sm3);
        events.Add(ChainHasher.Seal(ChainFixture.Record(4, events[^1].Hash, ChainHashAlgorithm.Sha256)));
        Assert.True(Verify(events).IsValid);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(10)]
    public void ReportAChangedPayloadByteAtItsEvent(int k)
    {
        var events = ChainFixture.Build(Length);
        events[k - 1] = ChainFixture.WithPayloadByteChanged(events[k - 1]);
        AssertFault(Verify(events), k, ChainFault.HashMismatch, "HASH_MISMATCH");
    }

    [Fact]
    public void ReportEveryOneCharacterChangeOfACanonicalPayload()
    {
        var events = ChainFixture.Build(Length);
        var payload = events[4].Event.Payload;
        for (var i = 0; i < payload.Length; i++)
        {
            var changed = string.Concat(payload.AsSpan(0, i), payload[i] == 'x' ? "y" : "x", payload.AsSpan(i + 1));
            var tampered = events.ToList();
            tampered[4] = events[4] with { Event = events[4].Event with { Payload = changed } };
            AssertFault(Verify(tampered), 5, ChainFault.HashMismatch, "HASH_MISMATCH");
        }
    }

    [Fact]
    public void ReportAPayloadThatNoLongerParsesAsAlteredContent()
    {
        var events = ChainFixture.Build(Length);
        events[4] = events[4] with { Event = events[4].Event with { Payload = events[4].Event.Payload[1..] } };
        var result = Verify(events);
        AssertFault(result, 5, ChainFault.HashMismatch, "HASH_MISMATCH");
        Assert.Contains("JSON", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(9)]
    public void ReportADeletedRowAsTheMissingNumber(int k)
    {
        var events = ChainFixture.Build(Length);
        events.RemoveAt(k - 1);
        AssertFault(Verify(events), k, ChainFault.SequenceGap, "SEQUENCE_GAP");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(9)]
    public void ReportADeletionHiddenByRenumberingWhereTheLinkBreaks(int k)
    {
        var events = ChainFixture.Build(Length);
        events.RemoveAt(k - 1);
        Renumber(events, from: k - 1);
        AssertFault(Verify(events), k, ChainFault.ChainBroken, "CHAIN_BROKEN");
    }

    [Fact]
    public void MissACutOffTailWithoutAnAnchorButReportItWithOne()
    {
        var events = ChainFixture.Build(Length);
        var anchor = new ChainAnchor(Length, events[^1].Hash);
        events.RemoveAt(Length - 1);
        Assert.True(Verify(events).IsValid);
        AssertFault(Verify(events, anchor), Length, ChainFault.SequenceGap, "SEQUENCE_GAP");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(9)]
    public void ReportTwoRowsSwappedInStoredOrderAtTheFirstOfThem(int k)
    {
        var events = ChainFixture.Build(Length);
        (events[k - 1], events[k]) = (events[k], events[k - 1]);
        AssertFault(Verify(events), k, ChainFault.SequenceOrder, "SEQUENCE_ORDER");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(9)]
    public void ReportTwoRowsWhoseContentsWereExchangedUnderTheirNumbersAtTheFirstOfThem(int k)
    {
        var events = ChainFixture.Build(Length);
        var (first, second) = (events[k - 1], events[k]);
        events[k - 1] = second with { Event = second.Event with { Sequence = k } };
        events[k] = first with { Event = first.Event with { Sequence = k + 1 } };
        AssertFault(Verify(events), k, ChainFault.ChainBroken, "CHAIN_BROKEN");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(10)]
    public void ReportAnInsertedRowWithMadeUpHashesAtItsPlace(int k)
    {
        var events = ChainFixture.Build(Length);
        var inserted = ChainFixture.Record(k, new byte[32], ChainHashAlgorithm.Sm3) with { Kind = "补录" };
        events.Insert(k - 1, new StoredEvent(inserted, new byte[32]));
        Renumber(events, from: k);
        AssertFault(Verify(events), k, ChainFault.ChainBroken, "CHAIN_BROKEN");
    }

    [Fact]
    public void ReportAnInsertedRowThatLinksCorrectlyButCarriesAMadeUpHash()
    {
        var events = ChainFixture.Build(Length);
        var inserted = ChainFixture.Record(5, events[3].Hash, ChainHashAlgorithm.Sm3) with { Kind = "补录" };
        events.Insert(4, new StoredEvent(inserted, new byte[32]));
        Renumber(events, from: 5);
        AssertFault(Verify(events), 5, ChainFault.HashMismatch, "HASH_MISMATCH");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(10)]
    public void ReportAForgedRowInsertedUnderAnExistingNumberAtThatNumber(int k)
    {
        var events = ChainFixture.Build(Length);
        var previous = k == 1 ? ChainHasher.Genesis(ChainHashAlgorithm.Sm3, ChainFixture.Tenant, ChainFixture.Case) : events[k - 2].Hash;
        var forged = ChainHasher.Seal(ChainFixture.Record(k, previous, ChainHashAlgorithm.Sm3) with { Kind = "补录" });
        events.Insert(k - 1, forged);
        AssertFault(Verify(events), k, ChainFault.SequenceOrder, "SEQUENCE_ORDER");
    }

    // The limit of a keyless chain: a forged row chained onto k-1 is indistinguishable from a genuine
    // one, so the chain alone first fails where the forgery meets the genuine event it displaced.
    [Fact]
    public void ReportAForgedInsertionWithRenumberingWhereItMeetsTheDisplacedEvent()
    {
        var events = ChainFixture.Build(Length);
        var forged = ChainHasher.Seal(ChainFixture.Record(5, events[3].Hash, ChainHashAlgorithm.Sm3) with { Kind = "补录" });
        events.Insert(4, forged);
        Renumber(events, from: 5);
        AssertFault(Verify(events), 6, ChainFault.ChainBroken, "CHAIN_BROKEN");
    }

    [Fact]
    public void ReportAChainRewrittenFromSomeEventOnOnlyAgainstAnAnchor()
    {
        var events = ChainFixture.Build(Length);
        var anchor = new ChainAnchor(Length, events[^1].Hash);
        for (var i = 4; i < Length; i++)
        {
            var record = events[i].Event with { PreviousHash = events[i - 1].Hash };
            if (i == 4)
            {
                record = ChainFixture.WithPayloadByteChanged(events[i]).Event;
            }

            events[i] = ChainHasher.Seal(record);
        }

        Assert.True(Verify(events).IsValid);
        AssertFault(Verify(events, anchor), Length, ChainFault.AnchorMismatch, "ANCHOR_MISMATCH");
    }

    [Fact]
    public void ReportADuplicatedRowAtItsNumber()
    {
        var events = ChainFixture.Build(Length);
        events.Add(events[4]);
        AssertFault(Verify(events), 5, ChainFault.SequenceOrder, "SEQUENCE_ORDER");
    }

    [Fact]
    public void ReportARowOfAnotherCaseAtItsPosition()
    {
        var events = ChainFixture.Build(Length);
        events[4] = events[4] with { Event = events[4].Event with { CaseId = "闽榕市监罚〔2026〕18号" } };
        AssertFault(Verify(events), 5, ChainFault.WrongCase, "WRONG_CASE");
    }

    [Fact]
    public void ReportARowOfAnotherTenantAtItsPosition()
    {
        var events = ChainFixture.Build(Length);
        events[4] = events[4] with { Event = events[4].Event with { TenantId = "fj-xm-scjg" } };
        AssertFault(Verify(events), 5, ChainFault.WrongTenant, "WRONG_TENANT");
    }

    [Fact]
    public void RefuseAChainMovedToAnotherCaseFromItsFirstEvent()
    {
        var events = ChainFixture.Build(Length);
        var result = CaseChainVerifier.Verify(ChainFixture.Tenant, "闽榕市监罚〔2026〕18号", events);
        AssertFault(result, 1, ChainFault.WrongCase, "WRONG_CASE");
    }

    [Fact]
    public void ReportAFirstEventThatDoesNotStartFromTheGenesisValue()
    {
        var events = ChainFixture.Build(Length);
        events[0] = ChainHasher.Seal(events[0].Event with { PreviousHash = new byte[32] });
        AssertFault(Verify(events), 1, ChainFault.ChainBroken, "CHAIN_BROKEN");
    }

    [Fact]
    public void ReportAnAlgorithmItDoesNotKnow()
    {
        var events = ChainFixture.Build(Length);
        events[2] = events[2] with { Event = events[2].Event with { Algorithm = "MD5" } };
        AssertFault(Verify(events), 3, ChainFault.UnknownAlgorithm, "UNKNOWN_ALGORITHM");
    }

    [Fact]
    public void ReportOnlyTheFirstFaultWhenThereAreSeveral()
    {
        var events = ChainFixture.Build(Length);
        events[7] = ChainFixture.WithPayloadByteChanged(events[7]);
        events.RemoveAt(5);
        events[2] = ChainFixture.WithPayloadByteChanged(events[2]);
        var result = Verify(events);
        AssertFault(result, 3, ChainFault.HashMismatch, "HASH_MISMATCH");
        Assert.Equal(2, result.VerifiedCount);
        Assert.Equal(events[1].Hash, result.HeadHash);
    }

    [Fact]
    public void SayWhatWentWrongInChinese() =>
        Assert.Equal(
            "第 5 号事件的内容与其哈希值不符，记录已被改动。",
            Verify([.. ChainFixture.Build(4), ChainFixture.WithPayloadByteChanged(ChainFixture.Build(5)[4])]).Message);

    [Fact]
    public async Task VerifyAStreamAsItArrives()
    {
        var events = ChainFixture.Build(Length);
        events.RemoveAt(6);
        var result = await CaseChainVerifier.VerifyAsync(ChainFixture.Tenant, ChainFixture.Case, StreamAsync(events));
        AssertFault(result, 7, ChainFault.SequenceGap, "SEQUENCE_GAP");
    }

    [Fact]
    public void VerifyATenThousandEventCase()
    {
        var events = ChainFixture.Build(10_000);
        Assert.True(Verify(events).IsValid);
        events[9_876] = ChainFixture.WithPayloadByteChanged(events[9_876]);
        AssertFault(Verify(events), 9_877, ChainFault.HashMismatch, "HASH_MISMATCH");
    }

    private static ChainVerification Verify(IEnumerable<StoredEvent> events, ChainAnchor? anchor = null) =>
        CaseChainVerifier.Verify(ChainFixture.Tenant, ChainFixture.Case, events, anchor);

    // Renumbers rows from an index on, as an attacker closing or opening a gap would; hashes stay.
    private static void Renumber(List<StoredEvent> events, int from)
    {
        for (var i = from; i < events.Count; i++)
        {
            events[i] = events[i] with { Event = events[i].Event with { Sequence = i + 1 } };
        }
    }

    private static void AssertFault(ChainVerification result, long sequence, ChainFault fault, string code)
    {
        Assert.False(result.IsValid);
        Assert.Equal((sequence, fault, code), (result.FirstBadSequence!.Value, result.Fault!.Value, result.Code!));
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
    }

    private static async IAsyncEnumerable<StoredEvent> StreamAsync(IEnumerable<StoredEvent> events)
    {
        foreach (var stored in events)
        {
            await Task.Yield();
            yield return stored;
        }
    }
}
