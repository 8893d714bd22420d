using GraphQL;
using SanXiang.Plugins;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Sectors;

/// <summary>A sector as a loaded plugin provides it.</summary>
[Name("Sector")]
public sealed class SectorNode(ISectorPlugin plugin)
{
    [Id]
    public string Id => plugin.Sector.Id;

    /// <summary>Chinese name, e.g. 市场监管.</summary>
    public string Name => plugin.Sector.Name;

    /// <summary>The plugin's version.</summary>
    public string Version => plugin.Sector.Version;

    public IEnumerable<EnforcementCategory> Categories => plugin.Sector.Categories;

    public IEnumerable<DocumentKindNode> DocumentKinds => plugin.DocumentTemplates.Select(t => new DocumentKindNode(t));
}
