namespace SanXiang.Plugins;

/// <summary>
/// A sector plugin that is mostly data: everything is read from the deriving assembly's embedded
/// resources, whose logical names are <c>sector.json</c>, <c>procedures.json</c>,
/// <c>templates.json</c>, <c>case-files.json</c>, <c>review-catalog.json</c>, <c>av-items.json</c>,
/// <c>credit.json</c> (System.Text.Json, camelCase properties, enums by name, in the shape of the SDK
/// records) and the Liquid sources the templates name (e.g. <c>templates/penalty-decision.liquid</c>).
/// Everything is read and checked in the constructor, so a faulty plugin fails when it is loaded.
/// </summary>
/// <remarks>
/// Embed the files with their path as logical name, e.g.
/// <c>&lt;EmbeddedResource Include="Content/**" LogicalName="%(RecursiveDir)%(Filename)%(Extension)" /&gt;</c>.
/// </remarks>
public abstract class EmbeddedSectorPlugin : ISectorPlugin
{
    private readonly ResourceReader resources;

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
        Sector = resources.ReadJson<SectorInfo>("sector.json");
        Procedures = resources.ReadJson<List<Procedure>>("procedures.json");
        DocumentTemplates = resources.ReadJson<List<DocumentTemplate>>("templates.json");
        CaseFileStandards = resources.ReadJson<List<CaseFileStandard>>("case-files.json");
        ReviewCatalogDefaults = resources.ReadJson<List<ReviewCatalogEntry>>("review-catalog.json");
        AvItemDefaults = resources.ReadJson<List<AvItem>>("av-items.json");
        CreditMappings = resources.ReadJson<List<CreditFieldMapping>>("credit.json");
        CheckTemplates();
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
    public Stream OpenTemplate(DocumentTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return resources.Open(template.Resource);
    }

    private void CheckTemplates()
    {
        const string name = "templates.json";
        foreach (var template in DocumentTemplates)
        {
            if (!resources.Exists(template.Resource))
            {
                throw new PluginResourceException(name, resources.LineOf(name, template.Resource), $"template '{template.Kind}' names the resource '{template.Resource}', which is not embedded.");
            }

            if (template.NumberingPattern is { } pattern)
            {
                try
                {
                    DocumentNumberPattern.Parse(pattern);
                }
                catch (DocumentNumberPatternException ex)
                {
                    throw new PluginResourceException(name, resources.LineOf(name, pattern), ex.Message, ex);
                }
            }
        }

        var duplicate = DocumentTemplates.GroupBy(t => t.Kind).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new PluginResourceException(name, resources.LineOf(name, duplicate.Key), $"the kind '{duplicate.Key}' is defined twice.");
        }
    }
}
