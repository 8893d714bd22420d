using System.Globalization;
using MudBlazor;
using SanXiang.Domain.Plans;
using SanXiang.Domain.Supervision;
using SanXiang.Domain.Cases.Engine;

namespace SanXiang.Web.Components.Text;

/// <summary>A plan's deliverable and ledger states in Chinese, with the colours the console shows them in.</summary>
public static class PlanTexts
{
    public static string State(DeliverableState state) => state switch
    {
        DeliverableState.NotFiled => "未报送",
        DeliverableState.Filed => "已报送，待上级审核",
        DeliverableState.Approved => "上级审核通过",
        DeliverableState.Returned => "上级退回",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static Color StateColor(DeliverableState state) => state switch
    {
        DeliverableState.Filed => Color.Primary,
        DeliverableState.Approved => Color.Success,
        DeliverableState.Returned => Color.Error,
        _ => Color.Default,
    };

    public static string State(LedgerTaskState state) => state switch
    {
        LedgerTaskState.NotStarted => "未开始",
        LedgerTaskState.InProgress => "推进中",
        LedgerTaskState.Done => "已完成",
        LedgerTaskState.ReportedThisPeriod => "本半年已报送",
        LedgerTaskState.AwaitingReport => "本半年待报送",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static Color StateColor(LedgerTaskState state) => state switch
    {
        LedgerTaskState.InProgress => Color.Primary,
        LedgerTaskState.Done or LedgerTaskState.ReportedThisPeriod => Color.Success,
        _ => Color.Default,
    };

    public static string Action(DeliverableActionKind kind) => kind switch
    {
        DeliverableActionKind.Filed => "报送",
        DeliverableActionKind.Approved => "审核通过",
        DeliverableActionKind.Returned => "退回",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>An indicator's value as a percentage, or "—" when nothing was due.</summary>
    public static string Percent(Indicator indicator) =>
        indicator.Value is { } value ? value.ToString("0.0%", CultureInfo.InvariantCulture) : "—";

    public static string Date(DateOnly day) => $"{day.Year}年{day.Month}月{day.Day}日";

    /// <summary>A moment in Beijing time, as the console writes times.</summary>
    public static string Time(DateTimeOffset at) =>
        at.ToOffset(CaseDates.ChinaOffset).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);

    public static string Evidence(IEnumerable<PlanEvidence> evidence) =>
        string.Join("；", evidence.Select(e => e.DocumentNumber is { } number ? $"{e.Title}（{number}）" : e.Title));
}
