using System.Text;
using SanXiang.Plugins;

namespace SanXiang.Silo.Grains.Tests.Documents;

/// <summary>A copy of a plugin under the sector id <c>unrenderable</c> whose every template is broken Liquid.</summary>
internal sealed class UnrenderablePlugin(ISectorPlugin inner) : ISectorPlugin
{
    public const string SectorId = "unrenderable";

    public SectorInfo Sector { get; } = inner.Sector with { Id = SectorId };

    public IReadOnlyList<Procedure> Procedures => inner.Procedures;

    public IReadOnlyList<DocumentTemplate> DocumentTemplates => inner.DocumentTemplates;

    public IReadOnlyList<CaseFileStandard> CaseFileStandards => inner.CaseFileStandards;

    public IReadOnlyList<ReviewCatalogEntry> ReviewCatalogDefaults => inner.ReviewCatalogDefaults;

    public IReadOnlyList<AvItem> AvItemDefaults => inner.AvItemDefaults;

    public IReadOnlyList<CreditFieldMapping> CreditMappings => inner.CreditMappings;

    public IReadOnlyList<Type> Components => inner.Components;

    public Stream OpenTemplate(DocumentTemplate template) =>
        new MemoryStream(Encoding.UTF8.GetBytes("# {{ party_name }}\n{% if document_number %}\n^ {{ document_number | no_such_filter }}\n"));
}
