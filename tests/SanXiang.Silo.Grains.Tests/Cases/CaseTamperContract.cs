using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;

namespace SanXiang.Silo.Grains.Tests.Cases;

/// <summary>
/// Someone with database access rewrites a stored event behind the triggers' back; the case grain's check finds it.
/// Each database's class states the tests, so the PostgreSQL ones can say when they cannot run.
/// </summary>
public abstract class CaseTamperContract
{
    private protected abstract IGrainFactory Grains { get; }

    /// <summary>Runs the statements with the append-only triggers out of the way.</summary>
    private protected abstract Task TamperAsync(string sql);

    private protected async Task FindAnAlteredPayloadAsync()
    {
        var (tenant, grain) = await OpenWithEvidenceAsync();

        await TamperAsync($"UPDATE case_events SET payload = replace(payload, '进货单据', '伪造单据') WHERE tenant = '{tenant}' AND case_id = '2026-0001' AND seq = 2;");
        var verification = await grain.VerifyAsync();

        Assert.False(verification.Ok);
        Assert.Equal(2, verification.FirstBadSeq);
        Assert.Equal("HASH_MISMATCH", verification.Reason);
        Assert.False(string.IsNullOrWhiteSpace(verification.Message));
    }

    private protected async Task FindASwappedFileHashAsync()
    {
        var (tenant, grain) = await OpenWithEvidenceAsync();

        await TamperAsync($"UPDATE case_events SET file_hashes = '[\"sm3:{new string('0', 64)}\"]' WHERE tenant = '{tenant}' AND case_id = '2026-0001' AND seq = 2;");
        var verification = await grain.VerifyAsync();

        Assert.False(verification.Ok);
        Assert.Equal(2, verification.FirstBadSeq);
        Assert.Equal("HASH_MISMATCH", verification.Reason);
    }

    private async Task<(string Tenant, ICaseGrain Grain)> OpenWithEvidenceAsync()
    {
        var tenant = await CaseSamples.NewAgencyAsync(Grains);
        var at = CaseSamples.At(2026, 3, 2);
        var opened = await Grains.GetGrain<ICaseFilingGrain>(tenant).OpenAsync(CaseSamples.Open(at));
        var grain = Grains.GetGrain<ICaseGrain>(GrainKeys.For(tenant, opened.Id));
        await grain.AddEvidenceAsync(new AddEvidenceCommand(CaseSamples.File("进货单.jpg", "image/jpeg"), "filing", "进货单据照片", "xintian-scjg.officer", at));
        await grain.AddEvidenceAsync(new AddEvidenceCommand(CaseSamples.File("现场.jpg", "image/jpeg"), "filing", "现场照片", "xintian-scjg.officer", at));
        Assert.True((await grain.VerifyAsync()).Ok);
        return (tenant, grain);
    }
}
