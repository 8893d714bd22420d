using SanXiang.Plugins;

namespace SanXiang.Web.Components.Text;

/// <summary>执法类别 in Chinese (DOMAIN.md glossary).</summary>
public static class CategoryNames
{
    public static string Chinese(EnforcementCategory category) => category switch
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
}
