using Microsoft.Extensions.Options;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Uploads;

namespace SanXiang.Silo.Grains.Uploads;

/// <summary>
/// The agency's reservations. Expiry is lazy: before a new upload is measured, every reservation whose
/// time has passed is checked with its upload (which may have moved its expiry, been attached or be
/// gone) and dropped or renewed, so space comes back without a timer per agency.
/// </summary>
public sealed class UploadQuotaGrain(
    [PersistentState("upload-quota", Names.Storage)] IPersistentState<UploadQuotaGrain.State> state,
    IOptions<UploadLimits> limits,
    TimeProvider clock) : Grain, IUploadQuotaGrain
{
    private Dictionary<string, UploadReservation> Reservations => state.State.Reservations;

    public async Task ReserveAsync(string uploadId, string user, long length, DateTimeOffset heldUntil)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uploadId);
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        await DropLapsedAsync();
        var use = Use(user);
        var limit = limits.Value;
        if (use.UserUploads >= limit.MaxUploadsPerUser || use.UserBytes + length > limit.UserQuota)
        {
            throw Exceeded($"您在本机关未完成或未登记的上传已有 {use.UserUploads} 个、共 {Size(use.UserBytes)}，再上传 {Size(length)} 将超过每人 {limit.MaxUploadsPerUser} 个、{Size(limit.UserQuota)} 的上限");
        }

        if (use.AgencyUploads >= limit.MaxUploadsPerAgency || use.AgencyBytes + length > limit.AgencyQuota)
        {
            throw Exceeded($"本机关未完成或未登记的上传已有 {use.AgencyUploads} 个、共 {Size(use.AgencyBytes)}，再上传 {Size(length)} 将超过本机关 {limit.MaxUploadsPerAgency} 个、{Size(limit.AgencyQuota)} 的上限");
        }

        Reservations[uploadId] = new UploadReservation(user, length, heldUntil);
        await state.WriteStateAsync();
    }

    public async Task ReinstateAsync(string uploadId, string user, long length, DateTimeOffset heldUntil)
    {
        Reservations[uploadId] = new UploadReservation(user, length, heldUntil);
        await state.WriteStateAsync();
    }

    public async Task ReleaseAsync(string uploadId)
    {
        if (Reservations.Remove(uploadId))
        {
            await state.WriteStateAsync();
        }
    }

    public async Task<UploadQuotaUse> UseAsync(string user)
    {
        await DropLapsedAsync();
        return Use(user);
    }

    private UploadQuotaUse Use(string user)
    {
        var mine = Reservations.Values.Where(reservation => reservation.User == user).ToList();
        return new UploadQuotaUse(mine.Sum(r => r.Length), mine.Count, Reservations.Values.Sum(r => r.Length), Reservations.Count);
    }

    private async Task DropLapsedAsync()
    {
        var now = clock.GetUtcNow();
        var lapsed = Reservations.Where(pair => pair.Value.HeldUntil <= now).ToList();
        if (lapsed.Count == 0)
        {
            return;
        }

        var tenant = this.GetPrimaryKeyString();
        var answers = await Task.WhenAll(lapsed.Select(pair => GrainFactory.GetGrain<IUploadGrain>(GrainKeys.For(tenant, pair.Key)).HeldUntilAsync()));
        for (var i = 0; i < lapsed.Count; i++)
        {
            var (id, reservation) = lapsed[i];
            if (answers[i] is { } until && until > now)
            {
                Reservations[id] = reservation with { HeldUntil = until };
            }
            else
            {
                Reservations.Remove(id);
            }
        }

        await state.WriteStateAsync();
    }

    private static SanXiangException Exceeded(string reason) =>
        new(ErrorCodes.UploadQuotaExceeded, $"{reason}。请先登记或删除未完成的上传（未完成的上传过期后自动释放）。");

    private static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):0.##} GiB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):0.#} MiB",
        >= 1L << 10 => $"{bytes / 1024.0:0.#} KiB",
        _ => $"{bytes} 字节",
    };

    [GenerateSerializer]
    public sealed class State
    {
        [Id(0)]
        public Dictionary<string, UploadReservation> Reservations { get; set; } = new(StringComparer.Ordinal);
    }
}
