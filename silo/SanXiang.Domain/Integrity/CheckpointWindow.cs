using System.Buffers.Binary;
using System.Text;
using SanXiang.Domain.Cases.Engine;

namespace SanXiang.Domain.Integrity;

/// <summary>
/// When each agency's daily checkpoint is signed: once a day, at a time of its own inside a window that
/// opens at 00:05 Beijing time (after the calendar day the checkpoint closes) and lasts six hours. The
/// time comes from the agency's id alone (SM3 of it), so it is the same every day and on every silo, and
/// 7 000 agencies spread over the window instead of all signing in the same minute.
/// </summary>
public static class CheckpointWindow
{
    public static readonly TimeSpan Opens = new(0, 5, 0);

    public static readonly TimeSpan Length = TimeSpan.FromHours(6);

    /// <summary>How long after the window opens the agency signs.</summary>
    public static TimeSpan OffsetOf(string tenantId)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        var digest = ChainHashAlgorithm.Sm3.Hash(Encoding.UTF8.GetBytes(tenantId));
        var seconds = (long)Length.TotalSeconds;
        return TimeSpan.FromSeconds((long)(BinaryPrimitives.ReadUInt64BigEndian(digest) % (ulong)seconds));
    }

    /// <summary>The agency's signing time on the Beijing calendar day <paramref name="day"/>.</summary>
    public static DateTimeOffset SigningTime(string tenantId, DateOnly day) =>
        CaseDates.ChinaMidnight(day) + Opens + OffsetOf(tenantId);

    /// <summary>Whether the agency's signing time falls in (<paramref name="after"/>, <paramref name="until"/>]; a span longer than a day counts once.</summary>
    public static bool IsDue(string tenantId, DateTimeOffset after, DateTimeOffset until)
    {
        if (until <= after)
        {
            return false;
        }

        if (until - after >= TimeSpan.FromDays(1))
        {
            after = until - TimeSpan.FromDays(1);
        }

        var first = CaseDates.ChinaDate(after).AddDays(-1);
        var last = CaseDates.ChinaDate(until);
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var time = SigningTime(tenantId, day);
            if (time > after && time <= until)
            {
                return true;
            }
        }

        return false;
    }
}
