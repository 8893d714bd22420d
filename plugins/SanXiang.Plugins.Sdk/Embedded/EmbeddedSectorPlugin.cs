namespace SanXiang.Plugins;

/// <summary>
/// A sector plugin that is mostly data: everything is read from the deriving assembly's embedded
/// resources, whose logical names are <c>sector.json</c>, <c>procedures.json</c>,
/// <c>templates.json</c>, <c>case-files.json</c>, <c>review-catalog.json</c>, <c>av-items.json</c>,
/// <c>credit.json</c>, optionally <c>evaluation.json</c> (System.Text.Json, camelCase properties, enums by name, in the shape of the SDK
/// records) and the Liquid sources the templates name (e.g. <c>templates/penalty-decision.liquid</c>).
/// Everything is read and checked in the constructor, so a faulty plugin fails when it is loaded.
/// </summary>
/// <remarks>
/// <para>Embed the files with their path as logical name, e.g.
/// <c>&lt;EmbeddedResource Include="Content/**" LogicalName="%(RecursiveDir)%(Filename)%(Extension)" /&gt;</c>.</para>
/// <para>A plugin that imports <c>plugins/SanXiang.Plugins.Base/SanXiang.Plugins.Base.props</c> embeds the
/// common formats (the 司法部 base formats, the common procedures, catalogs and credit mapping) under
/// <c>base/</c> and inherits them: each list resource other than sector.json may then be left out (the
/// base's list as it is), be an object of changes to the base's list (<c>remove</c>, <c>override</c>,
/// <c>add</c>, by key; PLUGINS.md), or stay a JSON array (the plugin's complete list). A Liquid source
/// the plugin embeds replaces the base's source of the same name.</para>
/// </remarks>
public abstract class EmbeddedSectorPlugin : ISectorPlugin
{
    private static readonly string[] Lists = ["procedures.json", "templates.json", "case-files.json", "review-catalog.json", "av-items.json", "credit.json"];

    private const string EvaluationResource = "evaluation.json";

    private readonly ResourceReader resources;
    private readonly ResourceReader common;

    /// <summary>Reads the resources at the root of the deriving assembly.</summary>
    /// <exception cref="PluginResourceException">A resource is missing or invalid; names the resource and, where it can, the line.</exception>
    protected EmbeddedSectorPlugin()
        : this(string.Empty)
    {
    }

    /// <summary>Reads the resources whose names start with <paramref name="resourcePrefix"/> (e.g. <c>content/</c>).</summary>
    /// <exception cref="PluginResourceException">A resource is missing or invalid; names the resource and, where it can, the line.</exception>
    protected EmbeddedSectorPlugin(string resourcePrefix)
    {
        ArgumentNullException.ThrowIfNull(resourcePrefix);
        resources = new ResourceReader(GetType().Assembly, resourcePrefix);
        common = new ResourceReader(GetType().Assembly, InheritedContent.BasePrefix);
        CheckNames();
        var content = new InheritedContent(resources, common);
        Sector = resources.ReadJson<SectorInfo>("sector.json");
        Procedures = Values(content.Read<Procedure>("procedures.json", ItemSchema.Procedure));
        var templates = content.Read<DocumentTemplate>("templates.json", ItemSchema.Template, (SampleCase.Section, SampleCase.Apply));
        DocumentTemplates = Values(templates);
        CaseFileStandards = Values(content.Read<CaseFileStandard>("case-files.json", ItemSchema.CaseFileStandard));
        ReviewCatalogDefaults = Values(content.Read<ReviewCatalogEntry>("review-catalog.json", ItemSchema.ReviewCatalogEntry));
        AvItemDefaults = Values(content.Read<AvItem>("av-items.json", ItemSchema.AvItem));
        CreditMappings = Values(content.Read<CreditFieldMapping>("credit.json", ItemSchema.CreditMapping));
        CheckTemplates(templates);
        EvaluationStandard = ReadEvaluationStandard();
    }

    /// <inheritdoc />
    public SectorInfo Sector { get; }

    /// <inheritdoc />
    public IReadOnlyList<Procedure> Procedures { get; }

    /// <inheritdoc />
    public IReadOnlyList<DocumentTemplate> DocumentTemplates { get; }

    /// <inheritdoc />
    public IReadOnlyList<CaseFileStandard> CaseFileStandards { get; }

    /// <inheritdoc />
    public IReadOnlyList<ReviewCatalogEntry> ReviewCatalogDefaults { get; }

    /// <inheritdoc />
    public IReadOnlyList<AvItem> AvItemDefaults { get; }

    /// <inheritdoc />
    public IReadOnlyList<CreditFieldMapping> CreditMappings { get; }

    /// <inheritdoc />
    public virtual IReadOnlyList<Type> Components => [];

    /// <inheritdoc />
    public EvaluationStandard? EvaluationStandard { get; }

    /// <inheritdoc />
    public Stream OpenTemplate(DocumentTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return resources.Exists(template.Resource) || !common.Exists(template.Resource)
            ? resources.Open(template.Resource)
            : common.Open(template.Resource);
    }

    // One object, not a list: a sector's standard is its own whole (the plugin's, else the base's, else none).
    private EvaluationStandard? ReadEvaluationStandard()
    {
        var source = resources.Exists(EvaluationResource) ? resources : common.Exists(EvaluationResource) ? common : null;
        if (source is null)
        {
            return null;
        }

        var standard = source.ReadJson<EvaluationStandard>(EvaluationResource);
        return standard.Problem() is { } problem ? throw new PluginResourceException(EvaluationResource, null, problem) : standard;
    }

    private static List<T> Values<T>(IEnumerable<Located<T>> items) => [.. items.Select(i => i.Value)];

    /// <summary>
    /// Where there is a base, a misspelt resource would otherwise be taken for one left out and the
    /// base's list used in its place. (Without one, a missing resource is an error anyway.)
    /// </summary>
    private void CheckNames()
    {
        if (!common.TopLevelNames.Any())
        {
            return;
        }

        foreach (var name in resources.TopLevelNames.Where(n => n.EndsWith(".json", StringComparison.Ordinal) && n != "sector.json" && !Lists.Contains(n) && n != EvaluationResource))
        {
            throw new PluginResourceException(name, null, $"not a resource a plugin has (sector.json, {string.Join(", ", Lists)}, {EvaluationResource}).");
        }
    }

    private void CheckTemplates(IReadOnlyList<Located<DocumentTemplate>> templates)
    {
        foreach (var located in templates)
        {
            var template = located.Value;
            if (!resources.Exists(template.Resource) && !common.Exists(template.Resource))
            {
                throw new PluginResourceException(located.Resource, located.Line("resource"), $"template '{template.Kind}' names the resource '{template.Resource}', which is not embedded.");
            }

            if (template.NumberingPattern is { } pattern)
            {
                try
                {
                    DocumentNumberPattern.Parse(pattern);
                }
                catch (DocumentNumberPatternException ex)
                {
                    throw new PluginResourceException(located.Resource, located.Line("numberingPattern"), ex.Message, ex);
                }
            }
        }

        var duplicate = templates.GroupBy(t => t.Value.Kind).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            var second = duplicate.ElementAt(1);
            throw new PluginResourceException(second.Resource, second.Line("kind"), $"the kind '{duplicate.Key}' is defined twice.");
        }
    }
}
