using MudBlazor;
using SanXiang.Silo.Officers;

namespace SanXiang.Web.Components.Officers;

/// <summary>What the status chip of an officer says on a given day: the certificate's status first, then its validity.</summary>
public sealed record OfficerChip(string Text, Color Color)
{
    /// <summary>Certificates expiring within this many days are flagged, so renewal starts in time.</summary>
    public const int ExpiryWarningDays = 30;

    public static OfficerChip Of(Officer officer, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(officer);
        return officer.Status switch
        {
            OfficerStatus.Inactive => new("已停用", Color.Dark),
            OfficerStatus.Suspended => new("暂扣", Color.Warning),
            OfficerStatus.Revoked => new("吊销", Color.Error),
            _ when today > officer.ValidTo => new("已过期", Color.Error),
            _ when today < officer.ValidFrom => new("未生效", Color.Default),
            _ when officer.ValidTo.DayNumber - today.DayNumber < ExpiryWarningDays => new("即将到期", Color.Warning),
            _ => new("有效", Color.Success),
        };
    }
}
