using SanXiang.Domain.Disclosures;

namespace SanXiang.Web.Components.Disclosures;

/// <summary>The disclosure statuses and bars in the console's words.</summary>
public static class DisclosureLabels
{
    public static IReadOnlyList<DisclosureStatus> Statuses { get; } = [DisclosureStatus.Draft, DisclosureStatus.Published, DisclosureStatus.Withdrawn, DisclosureStatus.Withheld];

    /// <summary>The grounds an agency may record by hand (the warning-only bar is the sector's, never chosen).</summary>
    public static IReadOnlyList<DisclosureBar> ManualBars { get; } = [DisclosureBar.StateSecret, DisclosureBar.TradeSecret, DisclosureBar.PersonalPrivacy, DisclosureBar.Minor];

    public static string Status(DisclosureStatus status) => status switch
    {
        DisclosureStatus.Draft => "待公示",
        DisclosureStatus.Published => "已公示",
        DisclosureStatus.Withdrawn => "已撤回",
        DisclosureStatus.Withheld => "不予公开",
        _ => status.ToString(),
    };

    /// <summary>Names typed one per line or separated by 、，, or spaces.</summary>
    public static IReadOnlyList<string> Names(string? text) =>
        [.. (text ?? "").Split(['\n', '、', '，', ',', ' ', '；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
