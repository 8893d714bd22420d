using SanXiang.Silo;
using SanXiang.Silo.Uploads;

namespace SanXiang.Web.Uploads;

/// <summary>
/// The uploads' records, kept by their grains (so every web host of a cluster sees the same record, and
/// the quota and the first attachment are decided in one place). Each call runs on behalf of the
/// upload's own tenant.
/// </summary>
public sealed class UploadRecords(IGrainFactory grains)
{
    public Task<UploadRecord> CreateAsync(UploadRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return CallAsync(record.Key, upload => upload.CreateAsync(record));
    }

    public Task<UploadRecord?> FindAsync(UploadKey key) => CallAsync(key, upload => upload.GetAsync());

    public Task<UploadRecord?> TouchAsync(UploadKey key) => CallAsync(key, upload => upload.TouchAsync());

    public Task<UploadRecord> CompleteAsync(UploadKey key, string sm3Hex, string mediaType) =>
        CallAsync(key, upload => upload.CompleteAsync(sm3Hex, mediaType));

    public Task<UploadRecord> ConsumeAsync(UploadKey key, string user, string caseKey) =>
        CallAsync(key, upload => upload.ConsumeAsync(user, caseKey));

    public Task RestoreAsync(UploadKey key, string caseKey) => CallAsync(key, async upload =>
    {
        await upload.RestoreAsync(caseKey);
        return true;
    });

    public Task TerminateAsync(UploadKey key) => CallAsync(key, async upload =>
    {
        await upload.TerminateAsync();
        return true;
    });

    // An async method of its own, so the request context it sets ends with it.
    private async Task<T> CallAsync<T>(UploadKey key, Func<IUploadGrain, Task<T>> call)
    {
        TenantCallContext.Set(key.Tenant);
        try
        {
            return await call(grains.GetGrain<IUploadGrain>(key.GrainKey));
        }
        finally
        {
            TenantCallContext.Set(null);
        }
    }
}
