using SanXiang.Domain.Cases.Engine;
using SanXiang.Plugins;

namespace SanXiang.Domain.Tests.Architecture;

/// <summary>
/// ARCHITECTURE.md principles 3 and 5: the rules are plain C# that can be read and tested without a silo
/// or a web host, plugins are data and rendering with no grains, and the grains never reach into the web.
/// </summary>
public sealed class LayeringShould
{
    private static readonly string[] HostingPrefixes = ["Orleans", "Microsoft.Orleans", "Microsoft.AspNetCore"];

    [Theory]
    [InlineData(typeof(CaseProcedure))]
    [InlineData(typeof(ISectorPlugin))]
    public void KeepTheDomainAndThePluginSdkFreeOfOrleansAndAspNet(Type typeInAssembly)
    {
        ArgumentNullException.ThrowIfNull(typeInAssembly);
        var hosting = typeInAssembly.Assembly.GetReferencedAssemblies()
            .Select(a => a.Name ?? string.Empty)
            .Where(name => HostingPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)));

        Assert.Empty(hosting);
    }

    [Fact]
    public void KeepTheDomainProjectFreeOfHostingPackages()
    {
        var domain = ProjectGraph.Projects("silo").Single(p => Path.GetFileNameWithoutExtension(p) == "SanXiang.Domain");

        Assert.DoesNotContain(ProjectGraph.References(domain), r => HostingPrefixes.Any(prefix => r.StartsWith(prefix, StringComparison.Ordinal)));
    }

    [Fact]
    public void LetNoPluginDefineAGrainOrReachTheSilo()
    {
        var plugins = ProjectGraph.Projects("plugins").ToList();
        Assert.Contains(plugins, p => p.EndsWith("SanXiang.Plugins.MarketRegulation.csproj", StringComparison.Ordinal));

        foreach (var plugin in plugins)
        {
            var references = ProjectGraph.References(plugin);
            Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.Orleans", StringComparison.Ordinal));
            Assert.DoesNotContain(references, r => r.StartsWith("SanXiang.Silo", StringComparison.Ordinal) || r.StartsWith("SanXiang.Web", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void KeepTheSiloProjectsFromReferencingTheWebHost()
    {
        foreach (var project in ProjectGraph.Projects("silo"))
        {
            Assert.DoesNotContain(ProjectGraph.References(project), r => r.StartsWith("SanXiang.Web", StringComparison.Ordinal));
        }
    }
}
