namespace SanXiang.Plugins.Sdk.Tests.Embedded;

/// <summary>
/// A plugin over a common base (Fixtures/base, embedded as "base/" the way SanXiang.Plugins.Base.props
/// embeds the real one): what it leaves out it inherits, what it names by key it changes or removes.
/// </summary>
public sealed class InheritedContentShould
{
    private static readonly FixturePlugin Changed = new("inherit-changes");

    [Fact]
    public void TakeTheBaseAsItIsWhereThePluginGivesNothing()
    {
        var plugin = new FixturePlugin("inherit-all");

        Assert.Equal([EnforcementCategory.Penalty, EnforcementCategory.Inspection], plugin.Procedures.Select(p => p.Category));
        Assert.Equal(["inspection-record", "penalty-decision"], plugin.DocumentTemplates.Select(t => t.Kind));
        Assert.Equal(2, plugin.CaseFileStandards.Count);
        Assert.Equal(2, plugin.ReviewCatalogDefaults.Count);
        Assert.Equal(2, plugin.AvItemDefaults.Count);
        Assert.Equal(3, plugin.CreditMappings.Count);
        using var reader = new StreamReader(plugin.OpenTemplate(plugin.DocumentTemplates[0]));
        Assert.StartsWith("# 现场检查笔录", reader.ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void ChangeOnlyWhatAnOverrideGivesOfAProcedureItsStepsAndItsSimplifiedProcedure()
    {
        var penalty = Changed.Procedures.Single(p => p.Category == EnforcementCategory.Penalty);

        Assert.Equal("行政处罚（测试行业）", penalty.Name);
        Assert.Equal(["filing", "investigation", "hearing", "decision"], penalty.Steps.Select(s => s.Id));
        Assert.Equal(3, penalty.Steps[1].MinimumOfficers);
        Assert.Equal("调查取证", penalty.Steps[1].Name);
        Assert.Equal(90, Assert.Single(penalty.Steps[3].Deadlines).Days);
        Assert.Equal(100m, penalty.Simplified!.MaxFineCitizen);
        Assert.Equal(3000m, penalty.Simplified.MaxFineOrganisation);
        Assert.Equal("on-the-spot", Assert.Single(penalty.Simplified.Steps).Id);
    }

    [Fact]
    public void RemoveWhatThePluginNamesAndPlaceWhatItAdds()
    {
        Assert.Equal([EnforcementCategory.Licensing, EnforcementCategory.Penalty], Changed.Procedures.Select(p => p.Category));
        Assert.Equal([EnforcementCategory.Penalty, EnforcementCategory.Licensing], Changed.CaseFileStandards.Select(s => s.Category));
        Assert.Equal(["inspection-record", "penalty-decision"], Changed.CaseFileStandards[0].Items.Select(i => i.DocumentKind));
        Assert.DoesNotContain(Changed.AvItemDefaults, a => a.Step == CaseStepKind.Hearing);
        Assert.Equal(CaseStepKind.Decision, Changed.AvItemDefaults[^1].Step);
        Assert.DoesNotContain(Changed.CreditMappings, m => m.Form == CreditRecordForm.Licensing);
    }

    [Fact]
    public void KeyAvItemsCreditFieldsAndReviewRowsByTheirIdentifyingProperties()
    {
        var inspection = Changed.AvItemDefaults[0];
        Assert.Equal([AvKind.Video], inspection.Kinds);
        Assert.Equal(("现场检查", true, true), (inspection.Description, inspection.Continuous, inspection.OverrideAllowed));
        Assert.Equal("penalty-decision.decision_date", Changed.CreditMappings.Single(m => m.PlatformField == "处罚决定日期").Source);
        Assert.Equal("penalty-decision.party_name", Changed.CreditMappings.Single(m => m.PlatformField == "行政相对人名称").Source);
        Assert.Equal([null, 10000m], Changed.ReviewCatalogDefaults.Select(e => e.AmountAtLeast));
    }

    [Fact]
    public void GiveTheSectorsSampleCaseToEveryInheritedTemplateAndLetAnOverrideWin()
    {
        var templates = Changed.DocumentTemplates.ToDictionary(t => t.Kind);

        Assert.Equal("港口现场检查笔录", templates["inspection-record"].Name);
        Assert.Equal(["某港口公司", "某码头"], templates["inspection-record"].Fields.Select(f => f.Sample));
        Assert.Equal("某港口公司", templates["penalty-decision"].Fields[0].Sample);
        Assert.Equal("某码头公司", templates["licence"].Fields[0].Sample);
    }

    [Fact]
    public void OpenThePluginsOwnLiquidSourceBeforeTheBases()
    {
        var templates = Changed.DocumentTemplates.ToDictionary(t => t.Kind);

        Assert.StartsWith("# 行政处罚决定书（港口）", Source(templates["penalty-decision"]), StringComparison.Ordinal);
        Assert.StartsWith("# 现场检查笔录", Source(templates["inspection-record"]), StringComparison.Ordinal);
        Assert.StartsWith("# 港口经营许可证", Source(templates["licence"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("override-unknown", "procedures.json", 7, "step 'hearing'")]
    [InlineData("remove-missing", "credit.json", 4, "credit mapping 'Licensing / 许可证书名称'")]
    [InlineData("add-existing", "av-items.json", 3, "already there")]
    [InlineData("unknown-property", "templates.json", 4, "no property 'title'")]
    [InlineData("unknown-section", "case-files.json", 2, "'replace' is not a section")]
    [InlineData("bad-value", "procedures.json", 4, "minimumOfficers")]
    [InlineData("unknown-sample", "templates.json", 4, "'agency'")]
    public void RefuseAChangeTheBaseCannotTakeAtItsResourceAndLine(string fixture, string resource, int line, string message)
    {
        var error = Assert.Throws<PluginResourceException>(() => new FixturePlugin(fixture));

        Assert.Equal((resource, line), (error.Resource, error.Line));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefuseAResourceNameItDoesNotKnowRatherThanInheritInItsPlace()
    {
        var error = Assert.Throws<PluginResourceException>(() => new FixturePlugin("misspelt"));

        Assert.Equal("procedure.json", error.Resource);
    }

    private static string Source(DocumentTemplate template)
    {
        using var reader = new StreamReader(Changed.OpenTemplate(template));
        return reader.ReadToEnd();
    }
}
