using MudBlazor;
using SanXiang.Domain.Supervision;
using SanXiang.Plugins;

namespace SanXiang.Web.Components.Text;

/// <summary>Supervision's states and steps in Chinese, with the colours the console shows them in.</summary>
public static class SupervisionTexts
{
    public static string State(RectificationState state) => state switch
    {
        RectificationState.Open => "整改中",
        RectificationState.Submitted => "已提交整改材料，待验收",
        RectificationState.Rejected => "验收未通过，已退回",
        RectificationState.Accepted => "已验收",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static Color StateColor(RectificationState state) => state switch
    {
        RectificationState.Submitted => Color.Primary,
        RectificationState.Rejected => Color.Error,
        RectificationState.Accepted => Color.Success,
        _ => Color.Default,
    };

    public static string Action(RectificationActionKind kind) => kind switch
    {
        RectificationActionKind.Assigned => "下达整改任务",
        RectificationActionKind.EvidenceSubmitted => "提交整改材料",
        RectificationActionKind.Accepted => "验收通过",
        RectificationActionKind.Rejected => "退回",
        RectificationActionKind.AccountabilityRecorded => "问责",
        RectificationActionKind.NoticeIssued => "通报",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Part(EvaluationPart part) => part == EvaluationPart.Form ? "形式" : "内容";
}
