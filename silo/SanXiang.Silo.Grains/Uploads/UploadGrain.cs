using Microsoft.Extensions.Options;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Uploads;

namespace SanXiang.Silo.Grains.Uploads;

/// <summary>
/// One upload's record. Its reservation lives in the agency's <see cref="IUploadQuotaGrain"/>, which this
/// grain calls and which calls back only <see cref="HeldUntilAsync"/> (interleaved), so the two never wait on each other.
/// </summary>
public sealed class UploadGrain(
    [PersistentState("upload", Names.Storage)] IPersistentState<UploadGrain.State> state,
    IOptions<UploadLimits> limits,
    TimeProvider clock) : Grain, IUploadGrain
{
    private UploadRecord? Record => state.State.Record;

    private IUploadQuotaGrain Quota => GrainFactory.GetGrain<IUploadQuotaGrain>(GrainKeys.TenantOf(this.GetPrimaryKeyString()));

    public async Task<UploadRecord> CreateAsync(UploadRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Key.GrainKey != this.GetPrimaryKeyString())
        {
            throw new ArgumentException($"The record {record.Key} does not belong to upload {this.GetPrimaryKeyString()}.", nameof(record));
        }

        if (Record is not null)
        {
            throw new SanXiangException(ErrorCodes.Conflict, $"上传“{record.Id}”已存在。");
        }

        var created = record with { ExpiresAt = clock.GetUtcNow() + limits.Value.Expiry, Sm3 = null, MediaType = null, CompletedAt = null, ConsumedBy = null, ConsumedAt = null };
        await Quota.ReserveAsync(created.Id, created.User, created.Length, created.ExpiresAt);
        state.State.Record = created;
        await state.WriteStateAsync();
        return created;
    }

    public Task<UploadRecord?> GetAsync() => Task.FromResult(Live());

    public async Task<UploadRecord?> TouchAsync()
    {
        if (Live() is not { IsComplete: false } record)
        {
            return Live();
        }

        // tus expiration: an upload that is moving stays; writing the new time once per half period is enough.
        var now = clock.GetUtcNow();
        if (record.ExpiresAt - now < limits.Value.Expiry / 2)
        {
            state.State.Record = record with { ExpiresAt = now + limits.Value.Expiry };
            await state.WriteStateAsync();
        }

        return state.State.Record;
    }

    public async Task<UploadRecord> CompleteAsync(string sm3Hex, string mediaType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sm3Hex);
        ArgumentException.ThrowIfNullOrWhiteSpace(mediaType);
        var record = Live() ?? throw NotReady(this.GetPrimaryKeyString());
        if (record.IsComplete)
        {
            return record;
        }

        var now = clock.GetUtcNow();
        state.State.Record = record with { Sm3 = sm3Hex, MediaType = mediaType, CompletedAt = now, ExpiresAt = now + limits.Value.Expiry };
        await state.WriteStateAsync();
        return state.State.Record;
    }

    public async Task<UploadRecord> ConsumeAsync(string user, string caseKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseKey);
        var record = Record;
        if (record is null || record.User != user || (record.ConsumedBy is null && IsExpired(record)))
        {
            throw NotReady(this.GetPrimaryKeyString());
        }

        if (record.ConsumedBy is { } taken)
        {
            throw new SanXiangException(ErrorCodes.UploadConsumed,
                $"文件“{record.Metadata.FileName}”已于 {record.ConsumedAt:yyyy-MM-dd HH:mm} 登记到案件“{taken[(taken.IndexOf(GrainKeys.Separator, StringComparison.Ordinal) + 1)..]}”，每个上传只能登记一次；如需再次登记，请重新上传。");
        }

        if (!record.IsComplete)
        {
            throw new SanXiangException(ErrorCodes.UploadNotReady, $"文件“{record.Metadata.FileName}”尚未上传完成，请续传完成后再登记。");
        }

        state.State.Record = record with { ConsumedBy = caseKey, ConsumedAt = clock.GetUtcNow() };
        await state.WriteStateAsync();
        await Quota.ReleaseAsync(record.Id);
        return state.State.Record;
    }

    public async Task RestoreAsync(string caseKey)
    {
        if (Record is not { } record || record.ConsumedBy != caseKey)
        {
            return;
        }

        state.State.Record = record with { ConsumedBy = null, ConsumedAt = null };
        await state.WriteStateAsync();
        await Quota.ReinstateAsync(record.Id, record.User, record.Length, record.ExpiresAt);
    }

    public async Task TerminateAsync()
    {
        if (Record is not { } record)
        {
            return;
        }

        if (record.IsComplete && !IsExpired(record))
        {
            throw new SanXiangException(ErrorCodes.Conflict, "已完成的上传是执法记录，不能删除。");
        }

        await state.ClearStateAsync();
        await Quota.ReleaseAsync(record.Id);
    }

    public Task<DateTimeOffset?> HeldUntilAsync() =>
        Task.FromResult(Live() is { ConsumedBy: null } record ? record.ExpiresAt : (DateTimeOffset?)null);

    // An expired upload that no case took is gone for everyone; one a case took stays as the record of that.
    private UploadRecord? Live() => Record is { } record && (record.ConsumedBy is not null || !IsExpired(record)) ? record : null;

    private bool IsExpired(UploadRecord record) => record.ConsumedBy is null && record.ExpiresAt <= clock.GetUtcNow();

    private static SanXiangException NotReady(string key) =>
        new(ErrorCodes.UploadNotReady, $"未找到上传“{key[(key.IndexOf(GrainKeys.Separator, StringComparison.Ordinal) + 1)..]}”：编号有误、已过期，或不是您在本机关上传的文件。");

    [GenerateSerializer]
    public sealed class State
    {
        [Id(0)]
        public UploadRecord? Record { get; set; }
    }
}
