using MudBlazor;
using SanXiang.Plugins;
using SanXiang.Domain.Cases;
using SanXiang.Silo.Cases;

namespace SanXiang.Web.Components.Text;

/// <summary>The case's states and kinds in Chinese, with the colours the console shows them in.</summary>
public static class CaseTexts
{
    /// <summary>Who acted, by the name the console found for the account (<see cref="Data.ICaseConsoleData.PeopleAsync"/>); the account itself when none was found, so the record never hides who acted.</summary>
    public static string Person(IReadOnlyDictionary<string, string> people, string? actor)
    {
        ArgumentNullException.ThrowIfNull(people);
        return actor is null ? "—" : people.GetValueOrDefault(actor) ?? actor;
    }

    public static string Status(CaseStatus status) => status switch
    {
        CaseStatus.Open => "办理中",
        CaseStatus.Closed => "已结案",
        _ => status.ToString(),
    };

    public static string Step(StepState state) => state switch
    {
        StepState.Pending => "未办理",
        StepState.Completed => "已完成",
        StepState.Skipped => "已跳过",
        _ => state.ToString(),
    };

    public static Color StepColor(StepState state, bool current) => state switch
    {
        StepState.Completed => Color.Success,
        StepState.Skipped => Color.Default,
        _ => current ? Color.Primary : Color.Default,
    };

    public static string Party(PartyKind kind) => kind switch
    {
        PartyKind.Citizen => "自然人",
        PartyKind.Organisation => "法人或其他组织",
        _ => kind.ToString(),
    };

    public static string Av(AvKind kind) => kind switch
    {
        AvKind.Photo => "照相",
        AvKind.Audio => "录音",
        AvKind.Video => "录像",
        _ => kind.ToString(),
    };

    public static string Deadline(CaseDeadlineStatus status) => status switch
    {
        CaseDeadlineStatus.Open => "未到期",
        CaseDeadlineStatus.DueToday => "今日到期",
        CaseDeadlineStatus.Overdue => "已逾期",
        CaseDeadlineStatus.Met => "已办结",
        CaseDeadlineStatus.Skipped => "已跳过",
        CaseDeadlineStatus.NotStarted => "未起算",
        _ => "—",
    };

    public static Color DeadlineColor(CaseDeadlineStatus status) => status switch
    {
        CaseDeadlineStatus.Overdue => Color.Error,
        CaseDeadlineStatus.DueToday => Color.Warning,
        CaseDeadlineStatus.Met => Color.Success,
        CaseDeadlineStatus.Skipped or CaseDeadlineStatus.NotStarted => Color.Default,
        _ => Color.Info,
    };

    public static string EventKind(string kind) => kind switch
    {
        "case.opened" => "立案",
        "step.completed" => "完成环节",
        "step.skipped" => "跳过环节",
        "recording.added" => "登记音像记录",
        "evidence.added" => "登记证据",
        "document.issued" => "制作文书",
        "document.signed-copy" => "上传签收件",
        "deadlines.recomputed" => "重算期限",
        "case.closed" => "结案",
        "decision.proposed" => "记录拟作出的决定",
        "review.opinion-recorded" => "记录法制审核意见",
        "review.submitted" => "提交法制审核",
        "review.supplement-requested" => "要求补充材料",
        "review.collective-discussion" => "记录集体讨论",
        "review.time-limit-extended" => "延长审核期限",
        "disclosure.drafted" => "作出决定，待公示",
        "disclosure.withheld" => "决定不予公开",
        "disclosure.published" => "公示执法决定",
        "disclosure.corrected" => "更正公示信息",
        "disclosure.withdrawn" => "撤回公示",
        _ => kind,
    };
}
