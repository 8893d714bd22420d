using System.Globalization;
using SanXiang.Domain.Cases.Law;

namespace SanXiang.Domain.Supervision;

/// <summary>
/// The problem models the platform runs over its read model (DOMAIN.md §10, after Zhejiang's 监督线索), each citing
/// the rule it checks. Models whose facts the read model does not hold (a major decision without a passed review and an
/// on-site step without its recording, which the case engine refuses outright; a reviewer ratio, which needs the
/// roster's reviewer flags) are not listed: a check with no data behind it would only ever say "no problems".
/// </summary>
public static class ProblemModels
{
    public const string CasePastNinetyDays = "case-past-90-days";
    public const string DisclosureLate = "disclosure-late";
    public const string CertificateInvalid = "officer-certificate-invalid";
    public const string LedgerTaskOverdue = "ledger-task-overdue";

    /// <summary>行政处罚法 第六十条: a penalty decided within 90 natural days of filing (the filing day not counted).</summary>
    public const int DecisionDays = 90;

    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static IReadOnlyList<ProblemModel> All { get; } =
    [
        new(CasePastNinetyDays, "立案超过九十日未作出处罚决定", $"{PenaltyLaw.Title}第六十条", FindingSubject.Case),
        new(DisclosureLate, "执法决定未按期公示", "国办发〔2018〕118号：行政许可、行政处罚决定自作出之日起7个工作日内公开，其他决定20个工作日内公开", FindingSubject.Case),
        new(CertificateInvalid, "执法证件失效仍在办案", $"{CertifiedOfficersRule.Article}：执法人员应当持有效执法证件", FindingSubject.CaseOfficer),
        new(LedgerTaskOverdue, "台账任务逾期未完成", "实施方案工作任务分解台账：任务应在完成时限内完成并报送", FindingSubject.Ledger),
    ];

    public static ProblemModel? Find(string? id) => All.FirstOrDefault(m => m.Id == id);

    /// <summary>The first instant whose cases are not yet past 第六十条's 90 days on <paramref name="today"/> (Beijing time).</summary>
    public static DateTimeOffset FiledBefore(DateOnly today) =>
        new(today.AddDays(-DecisionDays).ToDateTime(TimeOnly.MinValue), Beijing);

    /// <summary>What the finding says, in Chinese, from the facts that triggered it.</summary>
    public static string Evidence(string modelId, FindingFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return modelId switch
        {
            CasePastNinetyDays => $"“{facts.Title}”（当事人：{facts.Detail}）于{Day(facts.At)}立案，至{Text(today)}已{today.DayNumber - BeijingDay(facts.At!.Value).DayNumber}日，尚未作出处罚决定。",
            DisclosureLate when facts.At is { } published =>
                $"“{facts.Title}”的决定（{facts.Detail}）应于{Text(facts.Day!.Value)}前公示，实际于{Day(published)}公示，逾期{BeijingDay(published).DayNumber - facts.Day!.Value.DayNumber}日。",
            DisclosureLate => $"“{facts.Title}”的决定（{facts.Detail}）应于{Text(facts.Day!.Value)}前公示，至{Text(today)}仍未公示。",
            CertificateInvalid => $"执法人员{facts.Detail}的执法证件{CertificateState(facts, today)}，仍在办理“{facts.Title}”。",
            LedgerTaskOverdue => $"有{facts.Detail}项台账任务超过完成时限未完成，最早自{Text(facts.Day!.Value)}起逾期。",
            _ => throw new ArgumentOutOfRangeException(nameof(modelId), modelId, "No such problem model."),
        };
    }

    private static string CertificateState(FindingFacts facts, DateOnly today) => facts.Extra switch
    {
        "Revoked" => "已被吊销（注销）",
        "Suspended" => "已被暂扣",
        _ when facts.Day is { } last && last < today => $"已于{Text(last)}到期",
        _ => "无效",
    };

    private static DateOnly BeijingDay(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Beijing).DateTime);

    private static string Day(DateTimeOffset? at) => at is { } value ? Text(BeijingDay(value)) : "";

    private static string Text(DateOnly day) => day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
