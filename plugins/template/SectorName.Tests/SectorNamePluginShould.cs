using SanXiang.Plugins;
using SanXiang.Plugins.Testing;
using Xunit;

namespace SectorName.Tests;

/// <summary>The SDK's contract tests (procedures, document kinds, numbering, templates render to valid .docx); add your own beside them.</summary>
public sealed class SectorNamePluginShould : SectorPluginContract
{
    protected override ISectorPlugin CreatePlugin() => new SectorNamePlugin();

    [Fact]
    public void PutItsSpecialCheckIntoTheCommonInspectionProcedure() =>
        Assert.Equal(
            ["start", "inspection", "special-check", "rectification", "service", "closing"],
            Plugin.Procedures.Single(p => p.Category == EnforcementCategory.Inspection).Steps.Select(s => s.Id));
}
