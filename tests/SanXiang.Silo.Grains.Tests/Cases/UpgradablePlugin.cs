using SanXiang.Plugins;

namespace SanXiang.Silo.Grains.Tests.Cases;

/// <summary>
/// The 市场监管 plugin under the sector id <c>upgradable</c>, whose version 2.0.0 renames the hearing step and adds
/// a step before the decision: what an operator's plugin upgrade does to the host while cases are open.
/// </summary>
internal sealed class UpgradablePlugin(ISectorPlugin inner) : ISectorPlugin
{
    public const string SectorId = "upgradable";

    private readonly IReadOnlyList<Procedure> upgraded = [.. inner.Procedures.Select(p => p.Category != EnforcementCategory.Penalty ? p : p with
    {
        Steps = [.. p.Steps.SelectMany(s => s.Id switch
        {
            "hearing" => new[] { s with { Id = "hearing-v2", Name = "听证会" } },
            "decision" => [s with { Id = "pre-decision-check", Name = "决定前核对", Kind = CaseStepKind.Examination, Optional = true, RequiredDocuments = [], Deadlines = [] }, s],
            _ => [s],
        })],
    })];

    /// <summary>Whether the host now has version 2.0.0; the test that upgrades sets it back.</summary>
    public bool Upgraded { get; set; }

    public SectorInfo Sector => inner.Sector with { Id = SectorId, Version = Upgraded ? "2.0.0" : "1.0.0" };

    public IReadOnlyList<Procedure> Procedures => Upgraded ? upgraded : inner.Procedures;

    public IReadOnlyList<DocumentTemplate> DocumentTemplates => inner.DocumentTemplates;

    public IReadOnlyList<CaseFileStandard> CaseFileStandards => inner.CaseFileStandards;

    public IReadOnlyList<ReviewCatalogEntry> ReviewCatalogDefaults => inner.ReviewCatalogDefaults;

    public IReadOnlyList<AvItem> AvItemDefaults => inner.AvItemDefaults;

    public IReadOnlyList<CreditFieldMapping> CreditMappings => inner.CreditMappings;

    public IReadOnlyList<Type> Components => inner.Components;

    public Stream OpenTemplate(DocumentTemplate template) => inner.OpenTemplate(template);
}
