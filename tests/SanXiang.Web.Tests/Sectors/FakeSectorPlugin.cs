using SanXiang.Silo.Sectors;

using SanXiang.Plugins;

namespace SanXiang.Web.Tests.Sectors;

/// <summary>An in-memory plugin for component tests; the loader itself is tested on real fixture projects.</summary>
internal sealed class FakeSectorPlugin(SectorInfo sector, params DocumentTemplate[] templates) : ISectorPlugin
{
    public SectorInfo Sector => sector;

    public IReadOnlyList<Procedure> Procedures { get; } = [];

    public IReadOnlyList<DocumentTemplate> DocumentTemplates => templates;

    public IReadOnlyList<CaseFileStandard> CaseFileStandards { get; } = [];

    public IReadOnlyList<ReviewCatalogEntry> ReviewCatalogDefaults { get; } = [];

    public IReadOnlyList<AvItem> AvItemDefaults { get; } = [];

    public IReadOnlyList<CreditFieldMapping> CreditMappings { get; } = [];

    public IReadOnlyList<Type> Components { get; } = [];

    public Stream OpenTemplate(DocumentTemplate template) => new MemoryStream();

    public static SectorRegistry Registry(ISectorPlugin plugin, params PluginFailure[] failures) =>
        new("/srv/plugins", [new LoadedSectorPlugin("Fake", "/srv/plugins/Fake/Fake.dll", typeof(FakeSectorPlugin).Assembly, plugin)], failures);
}
