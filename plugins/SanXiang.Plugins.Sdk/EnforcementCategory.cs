namespace SanXiang.Plugins;

/// <summary>执法类别 (DOMAIN.md glossary).</summary>
public enum EnforcementCategory
{
    /// <summary>行政许可</summary>
    Licensing,

    /// <summary>行政处罚</summary>
    Penalty,

    /// <summary>行政强制</summary>
    Coercion,

    /// <summary>行政检查</summary>
    Inspection,

    /// <summary>行政征收征用</summary>
    Expropriation,

    /// <summary>行政收费</summary>
    Fee,

    /// <summary>行政备案</summary>
    Filing,

    /// <summary>行政给付</summary>
    Benefit,
}
