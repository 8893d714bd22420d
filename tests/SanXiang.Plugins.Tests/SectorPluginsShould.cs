using System.Reflection;

namespace SanXiang.Plugins.Tests;

public class SectorPluginsShould
{
    [Fact]
    public void UseTheSectorIdsTenantsAlreadyReferTo() =>
        Assert.Equal(["civil-defense", "emergency-management", "judicial", "market-regulation"], Plugins.SectorIds.Order());

    [Fact]
    public void DeclareTheirPluginTypeOnTheAssembly() =>
        Assert.All(Plugins.Assemblies, a => Assert.True(typeof(ISectorPlugin).IsAssignableFrom(a.GetCustomAttribute<SectorPluginAttribute>()!.PluginType)));

    [Theory]
    [MemberData(nameof(Plugins.Ids), MemberType = typeof(Plugins))]
    public void HaveOneProcedurePerCategory(string id)
    {
        var plugin = Plugins.Get(id);

        Assert.Equal(plugin.Sector.Categories.Order(), plugin.Procedures.Select(p => p.Category).Order());
        Assert.Contains(EnforcementCategory.Penalty, plugin.Sector.Categories);
        Assert.Matches(@"^\d+\.\d+\.\d+$", plugin.Sector.Version);
    }

    [Fact]
    public void CoverTheCategoriesTheSeedPlansName()
    {
        Assert.Contains(EnforcementCategory.Fee, Plugins.Get("civil-defense").Sector.Categories);
        Assert.Contains(EnforcementCategory.Filing, Plugins.Get("emergency-management").Sector.Categories);
        Assert.Contains(EnforcementCategory.Benefit, Plugins.Get("emergency-management").Sector.Categories);
    }

    [Theory]
    [MemberData(nameof(Plugins.Ids), MemberType = typeof(Plugins))]
    public void ReferOnlyToDocumentKindsTheyDefine(string id)
    {
        var plugin = Plugins.Get(id);
        var kinds = plugin.DocumentTemplates.Select(t => t.Kind).ToHashSet();

        var steps = plugin.Procedures.SelectMany(p => p.Steps.Concat(p.Simplified?.Steps ?? []));
        Assert.All(steps.SelectMany(s => s.RequiredDocuments), k => Assert.Contains(k, kinds));
        Assert.All(plugin.CaseFileStandards.SelectMany(s => s.Items), i => Assert.Contains(i.DocumentKind, kinds));
    }

    [Theory]
    [MemberData(nameof(Plugins.Ids), MemberType = typeof(Plugins))]
    public void CountDeadlinesFromEarlierStepsOfTheSameProcedure(string id)
    {
        foreach (var procedure in Plugins.Get(id).Procedures)
        {
            var ids = procedure.Steps.Select(s => s.Id).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
            foreach (var (step, index) in procedure.Steps.Select((s, i) => (s, i)))
            {
                Assert.All(step.Deadlines.Where(d => d.FromStep is not null), d => Assert.InRange(ids.IndexOf(d.FromStep!), 0, index));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Plugins.Ids), MemberType = typeof(Plugins))]
    public void FileTheCaseFileCoverAndIndexFirst(string id) =>
        Assert.All(Plugins.Get(id).CaseFileStandards, s => Assert.Equal(["case-file-cover", "case-file-index"], s.Items.Take(2).Select(i => i.DocumentKind)));

    [Theory]
    [MemberData(nameof(Plugins.Ids), MemberType = typeof(Plugins))]
    public void NumberDecisionsAndNoticesTheGbT9704Way(string id)
    {
        var templates = Plugins.Get(id).DocumentTemplates.ToDictionary(t => t.Kind);

        Assert.Equal("{机关代字}罚〔{年}〕{序号}号", templates["penalty-decision"].NumberingPattern);
        Assert.Equal("{机关代字}罚告〔{年}〕{序号}号", templates["penalty-notice"].NumberingPattern);
        Assert.All(templates.Values.Where(t => t.NumberingPattern is not null), t => DocumentNumberPattern.Parse(t.NumberingPattern!));
    }

    [Fact]
    public void ShipTheMarketRegulationFormatSet()
    {
        var kinds = Plugins.Get("market-regulation").DocumentTemplates.Select(t => t.Name).ToList();

        Assert.Subset(kinds.ToHashSet(), new HashSet<string> {"立案审批表", "现场笔录", "询问笔录", "行政处罚告知书", "听证通知书", "法制审核表", "集体讨论记录", "行政处罚决定书", "送达回证", "结案审批表" });
    }

    [Fact]
    public void ShipTheWorkSafetyFormatSet()
    {
        var kinds = Plugins.Get("emergency-management").DocumentTemplates.Select(t => t.Name).ToList();

        Assert.Subset(kinds.ToHashSet(), new HashSet<string> {"现场检查记录", "责令限期整改指令书", "立案审批表", "询问笔录", "行政处罚告知书", "行政处罚决定书", "文书送达回执", "结案审批表" });
    }

    [Fact]
    public void ShipTheCivilDefenseFeeCollectionDocuments()
    {
        var plugin = Plugins.Get("civil-defense");
        var fee = plugin.Procedures.Single(p => p.Category == EnforcementCategory.Fee);

        Assert.Contains("fee-payment-notice", fee.Steps.SelectMany(s => s.RequiredDocuments));
        Assert.Contains(plugin.DocumentTemplates, t => t.Name.Contains("易地建设费", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Plugins.Ids), MemberType = typeof(Plugins))]
    public void KeepReviewAndAvDefaultsAnAgencyCanEdit(string id)
    {
        var plugin = Plugins.Get(id);

        Assert.Contains(plugin.ReviewCatalogDefaults, e => e.Basis.Contains("第五十八条", StringComparison.Ordinal));
        var amount = Assert.Single(plugin.ReviewCatalogDefaults, e => e.AmountAtLeast is not null);
        Assert.Contains("示例默认值", amount.Condition, StringComparison.Ordinal);
        Assert.Contains(plugin.AvItemDefaults, a => a is { Step: CaseStepKind.Hearing, OverrideAllowed: false });
        Assert.Contains(plugin.AvItemDefaults, a => a.Step == CaseStepKind.Service);
        Assert.Contains(plugin.AvItemDefaults, a => a is { Step: CaseStepKind.Execution, Continuous: true });
    }

    [Theory]
    [MemberData(nameof(Plugins.Ids), MemberType = typeof(Plugins))]
    public void KeyAvItemsToStepKindsItsProceduresHave(string id)
    {
        var plugin = Plugins.Get(id);
        var kinds = plugin.Procedures.SelectMany(p => p.Steps).Select(s => s.Kind).ToHashSet();

        Assert.All(plugin.AvItemDefaults, a => Assert.Contains(a.Step, kinds));
    }

    [Theory]
    [MemberData(nameof(Plugins.Ids), MemberType = typeof(Plugins))]
    public void MapEveryCreditForm(string id)
    {
        var mappings = Plugins.Get(id).CreditMappings;

        Assert.Equal(Enum.GetValues<CreditRecordForm>().Order(), mappings.Select(m => m.Form).Distinct().Order());
        Assert.Contains(mappings, m => m is { Form: CreditRecordForm.PenaltyLegalPerson, PlatformField: "统一社会信用代码" });
        Assert.Contains(mappings, m => m is { Form: CreditRecordForm.PenaltyNaturalPerson, PlatformField: "证件号码" });
    }
}
