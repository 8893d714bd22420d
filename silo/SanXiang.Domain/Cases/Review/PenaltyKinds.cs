namespace SanXiang.Domain.Cases.Review;

/// <summary>The law's names of the kinds of penalty (行政处罚法 第九条), as catalogs and documents word them.</summary>
public static class PenaltyKinds
{
    private static readonly Dictionary<PenaltyKind, string> Names = new()
    {
        [PenaltyKind.Warning] = "警告",
        [PenaltyKind.Reprimand] = "通报批评",
        [PenaltyKind.Fine] = "罚款",
        [PenaltyKind.ConfiscateIllegalGains] = "没收违法所得",
        [PenaltyKind.ConfiscateIllegalProperty] = "没收非法财物",
        [PenaltyKind.SuspendLicence] = "暂扣许可证件",
        [PenaltyKind.RevokeLicence] = "吊销许可证件",
        [PenaltyKind.LowerQualification] = "降低资质等级",
        [PenaltyKind.RestrictProduction] = "限制开展生产经营活动",
        [PenaltyKind.SuspendBusiness] = "责令停产停业",
        [PenaltyKind.Closure] = "责令关闭",
        [PenaltyKind.BarFromPractice] = "限制从业",
        [PenaltyKind.Detention] = "行政拘留",
    };

    public static string Name(PenaltyKind kind) => Names[kind];

    /// <summary>The kinds whose names <paramref name="text"/> mentions, e.g. a catalog row's condition.</summary>
    public static IReadOnlyList<PenaltyKind> NamedIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Names.Where(n => text.Contains(n.Value, StringComparison.Ordinal)).Select(n => n.Key)];
    }
}
