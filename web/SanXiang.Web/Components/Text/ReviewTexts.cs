using MudBlazor;
using SanXiang.Domain.Cases.Review;

namespace SanXiang.Web.Components.Text;

/// <summary>A legal review's states in Chinese, with the colours the console shows them in.</summary>
public static class ReviewTexts
{
    public static string Status(ReviewStatus status) => status switch
    {
        ReviewStatus.Pending => "审核中",
        ReviewStatus.Suspended => "已中止（待补充材料）",
        ReviewStatus.Returned => "已退回（存在问题）",
        ReviewStatus.Passed => "审核通过",
        _ => status.ToString(),
    };

    public static Color StatusColor(ReviewStatus status) => status switch
    {
        ReviewStatus.Pending => Color.Primary,
        ReviewStatus.Suspended => Color.Warning,
        ReviewStatus.Returned => Color.Error,
        ReviewStatus.Passed => Color.Success,
        _ => Color.Default,
    };
}
