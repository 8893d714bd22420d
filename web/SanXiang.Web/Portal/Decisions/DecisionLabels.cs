using SanXiang.Plugins;

namespace SanXiang.Web.Portal.Decisions;

/// <summary>What the portal writes for a category and a day: Chinese names, never the API's codes.</summary>
public static class DecisionLabels
{
    public static IReadOnlyList<EnforcementCategory> Categories { get; } = Enum.GetValues<EnforcementCategory>();

    public static string Category(EnforcementCategory category) => category switch
    {
        EnforcementCategory.Licensing => "行政许可",
        EnforcementCategory.Penalty => "行政处罚",
        EnforcementCategory.Coercion => "行政强制",
        EnforcementCategory.Inspection => "行政检查",
        EnforcementCategory.Expropriation => "行政征收征用",
        EnforcementCategory.Fee => "行政收费",
        EnforcementCategory.Filing => "行政备案",
        EnforcementCategory.Benefit => "行政给付",
        _ => category.ToString(),
    };

    public static string Day(DateOnly day) => day.ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture);
}
