using SanXiang.Domain.Officers;
using SanXiang.Plugins;

namespace SanXiang.Web.Portal;

/// <summary>The portal's words for what the engine decides.</summary>
public static class PortalTexts
{
    public const string SiteTitle = "行政执法公示";

    public const string NotPublished = "本机关尚未公示";

    public static string Status(CertificateStatus status) => status switch
    {
        CertificateStatus.Valid => "有效",
        CertificateStatus.NotYetValid => "尚未生效",
        CertificateStatus.Expired => "已过期",
        CertificateStatus.Suspended => "已暂扣",
        CertificateStatus.Revoked => "已吊销或注销",
        CertificateStatus.Inactive => "已停用",
        _ => "无证件",
    };

    /// <summary>A CSS class for the status badge: only a valid certificate is shown as good.</summary>
    public static string StatusClass(CertificateStatus status) => status == CertificateStatus.Valid ? "status-valid" : "status-invalid";

    public static string Categories(IEnumerable<EnforcementCategory> categories) => string.Join("、", categories.Select(EnforcementCategoryNames.Chinese));

    public static string Step(CaseStepKind kind) => kind switch
    {
        CaseStepKind.Filing => "立案（启动）",
        CaseStepKind.Investigation => "调查",
        CaseStepKind.Evidence => "取证",
        CaseStepKind.Examination => "审查",
        CaseStepKind.Notification => "告知",
        CaseStepKind.Hearing => "听证",
        CaseStepKind.LegalReview => "法制审核",
        CaseStepKind.CollectiveDiscussion => "集体讨论",
        CaseStepKind.Decision => "决定",
        CaseStepKind.Service => "送达",
        CaseStepKind.Execution => "执行",
        CaseStepKind.Closing => "结案归档",
        _ => kind.ToString(),
    };

    public static string Av(AvKind kind) => kind switch
    {
        AvKind.Photo => "照相",
        AvKind.Audio => "录音",
        AvKind.Video => "录像",
        _ => kind.ToString(),
    };

    public static string Deadline(StepDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var unit = deadline.Count == DayCount.WorkingDays ? "个工作日" : "日";
        return $"{deadline.Description}：{deadline.Days}{unit}（{deadline.Article}）";
    }
}
