using SanXiang.Domain.Errors;
using SanXiang.Silo.Uploads;

namespace SanXiang.Silo.Grains.Tests.Uploads;

/// <summary>The default limits: 16 GiB and 100 uploads a user, 128 GiB and 2 000 uploads an agency, 24 hours to wait.</summary>
[Collection(ClusterCollection.Name)]
public sealed class UploadGrainShould(ClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Grains;

    [Fact]
    public async Task ReserveTheDeclaredLengthAndRefuseAnUploadBeyondTheUsersQuota()
    {
        var tenant = UploadSamples.NewTenant();
        for (var i = 0; i < 4; i++)
        {
            var record = UploadSamples.Record(tenant, "officer", 4 * UploadSamples.GiB);
            await Grains.Grain(record).CreateAsync(record);
        }

        var fifth = UploadSamples.Record(tenant, "officer", 1);
        var refused = await Assert.ThrowsAsync<SanXiangException>(() => Grains.Grain(fifth).CreateAsync(fifth));
        var colleague = UploadSamples.Record(tenant, "colleague", 4 * UploadSamples.GiB);
        await Grains.Grain(colleague).CreateAsync(colleague);
        var use = await Grains.GetGrain<IUploadQuotaGrain>(tenant).UseAsync("officer");

        Assert.Equal(ErrorCodes.UploadQuotaExceeded, refused.Code);
        Assert.Contains("16 GiB", refused.Message, StringComparison.Ordinal);
        Assert.Null(await Grains.Grain(fifth).GetAsync());
        Assert.Equal(new UploadQuotaUse(16 * UploadSamples.GiB, 4, 20 * UploadSamples.GiB, 5), use);
    }

    [Fact]
    public async Task HandAFinishedUploadToTheFirstCaseOnlyAndReleaseItsSpace()
    {
        var tenant = UploadSamples.NewTenant();
        var record = UploadSamples.Record(tenant, "officer", 1000);
        var upload = Grains.Grain(record);
        await upload.CreateAsync(record);
        await upload.CompleteAsync(UploadSamples.Sm3, "video/mp4");

        var taken = await upload.ConsumeAsync("officer", $"{tenant}/2026-0001");
        var again = await Assert.ThrowsAsync<SanXiangException>(() => upload.ConsumeAsync("officer", $"{tenant}/2026-0001"));
        var elsewhere = await Assert.ThrowsAsync<SanXiangException>(() => upload.ConsumeAsync("officer", $"{tenant}/2026-0002"));

        Assert.Equal($"{tenant}/2026-0001", taken.ConsumedBy);
        Assert.Equal(UploadSamples.Sm3, taken.Sm3);
        Assert.Equal(ErrorCodes.UploadConsumed, again.Code);
        Assert.Equal(ErrorCodes.UploadConsumed, elsewhere.Code);
        Assert.Contains("只能登记一次", elsewhere.Message, StringComparison.Ordinal);
        Assert.Equal(new UploadQuotaUse(0, 0, 0, 0), await Grains.GetGrain<IUploadQuotaGrain>(tenant).UseAsync("officer"));
    }

    [Fact]
    public async Task GiveAnUploadBackWhenTheCaseRefusedItsCommand()
    {
        var tenant = UploadSamples.NewTenant();
        var record = UploadSamples.Record(tenant, "officer", 1000);
        var upload = Grains.Grain(record);
        await upload.CreateAsync(record);
        await upload.CompleteAsync(UploadSamples.Sm3, "video/mp4");

        await upload.ConsumeAsync("officer", $"{tenant}/2026-0001");
        await upload.RestoreAsync($"{tenant}/2026-0002");
        var stillTaken = await Assert.ThrowsAsync<SanXiangException>(() => upload.ConsumeAsync("officer", $"{tenant}/2026-0003"));
        await upload.RestoreAsync($"{tenant}/2026-0001");
        var held = await Grains.GetGrain<IUploadQuotaGrain>(tenant).UseAsync("officer");
        var retaken = await upload.ConsumeAsync("officer", $"{tenant}/2026-0003");

        Assert.Equal(ErrorCodes.UploadConsumed, stillTaken.Code);
        Assert.Equal(1000, held.UserBytes);
        Assert.Equal($"{tenant}/2026-0003", retaken.ConsumedBy);
    }

    [Fact]
    public async Task RefuseToAttachAnUnfinishedUploadOrAnotherUsersUpload()
    {
        var tenant = UploadSamples.NewTenant();
        var record = UploadSamples.Record(tenant, "officer", 1000);
        var upload = Grains.Grain(record);
        await upload.CreateAsync(record);

        var unfinished = await Assert.ThrowsAsync<SanXiangException>(() => upload.ConsumeAsync("officer", $"{tenant}/2026-0001"));
        await upload.CompleteAsync(UploadSamples.Sm3, "video/mp4");
        var foreign = await Assert.ThrowsAsync<SanXiangException>(() => upload.ConsumeAsync("reviewer", $"{tenant}/2026-0001"));

        Assert.Equal(ErrorCodes.UploadNotReady, unfinished.Code);
        Assert.Contains("尚未上传完成", unfinished.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.UploadNotReady, foreign.Code);
    }

    [Fact]
    public async Task ForgetATerminatedUploadAndReleaseItsSpaceButKeepAFinishedOne()
    {
        var tenant = UploadSamples.NewTenant();
        var unfinished = UploadSamples.Record(tenant, "officer", 1000);
        var finished = UploadSamples.Record(tenant, "officer", 500);
        await Grains.Grain(unfinished).CreateAsync(unfinished);
        await Grains.Grain(finished).CreateAsync(finished);
        await Grains.Grain(finished).CompleteAsync(UploadSamples.Sm3, "video/mp4");

        await Grains.Grain(unfinished).TerminateAsync();
        var kept = await Assert.ThrowsAsync<SanXiangException>(() => Grains.Grain(finished).TerminateAsync());

        Assert.Null(await Grains.Grain(unfinished).GetAsync());
        Assert.Equal(ErrorCodes.Conflict, kept.Code);
        Assert.Equal(500, (await Grains.GetGrain<IUploadQuotaGrain>(tenant).UseAsync("officer")).UserBytes);
    }
}
