using SanXiang.Silo.Uploads;

namespace SanXiang.Silo.Grains.Tests.Uploads;

internal static class UploadSamples
{
    public const long GiB = 1024L * 1024 * 1024;

    public static readonly string Sm3 = new('a', 64);

    public static string NewTenant() => "upload-" + Guid.NewGuid().ToString("N")[..12];

    public static UploadRecord Record(string tenant, string user, long length) =>
        new(UploadKey.New(tenant).Id, tenant, user, length, new UploadMetadata("现场检查.mp4", "video/mp4", "音像", null, null, null, null), null, DateTimeOffset.UtcNow, default);

    public static IUploadGrain Grain(this IGrainFactory grains, UploadRecord record) => grains.GetGrain<IUploadGrain>(record.Key.GrainKey);
}
