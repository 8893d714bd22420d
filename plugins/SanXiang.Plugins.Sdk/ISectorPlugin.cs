namespace SanXiang.Plugins;

/// <summary>
/// What a sector (行业/领域) contributes: data and behaviour, never grains. The host finds the
/// implementation through <see cref="SectorPluginAttribute"/> on the plugin assembly.
/// </summary>
public interface ISectorPlugin
{
    SectorInfo Sector { get; }

    /// <summary>One procedure per enforcement category the sector covers.</summary>
    IReadOnlyList<Procedure> Procedures { get; }

    IReadOnlyList<DocumentTemplate> DocumentTemplates { get; }

    /// <summary>What an archived case file (案卷) of each category must contain, in order.</summary>
    IReadOnlyList<CaseFileStandard> CaseFileStandards { get; }

    /// <summary>Defaults for the agency's 重大执法决定法制审核目录清单; each agency edits its own copy.</summary>
    IReadOnlyList<ReviewCatalogEntry> ReviewCatalogDefaults { get; }

    /// <summary>Defaults for the agency's 音像记录事项清单; each agency edits its own copy.</summary>
    IReadOnlyList<AvItem> AvItemDefaults { get; }

    /// <summary>How case data fills the credit platform's 双公示 records.</summary>
    IReadOnlyList<CreditFieldMapping> CreditMappings { get; }

    /// <summary>Opens a template's Liquid source (usually an embedded resource of the plugin).</summary>
    Stream OpenTemplate(DocumentTemplate template);

    /// <summary>Optional Razor components the console may show for this sector (empty if none).</summary>
    IReadOnlyList<Type> Components { get; }

    /// <summary>
    /// Whether a penalty of a warning alone is published after the decision (事后公开). True by default; market
    /// regulation answers false (市场监管总局令第45号: 仅受到警告的行政处罚信息不予公示). A default member, so a plugin that
    /// says nothing publishes them, as the national guidance asks.
    /// </summary>
    bool PublishesWarningOnlyPenalties => true;

    /// <summary>
    /// 案卷评查标准: how a supervising department scores this sector's case files (veto items, then 20 points of form and
    /// 80 of content). Null by default: the host then uses the common scheme of DOMAIN.md §10.
    /// </summary>
    EvaluationStandard? EvaluationStandard => null;
}
