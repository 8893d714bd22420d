namespace SanXiang.Web.Tests.Architecture;

/// <summary>
/// ARCHITECTURE.md "Requests": the web host reaches the silo only through grain interfaces, so it works
/// as a pure client of a cluster. It references the silo host for the co-hosted default, so the project
/// graph cannot say this; the compiled code can.
/// </summary>
public sealed class WebHostShould
{
    // What Program.cs composes: the co-hosted silo or the cluster client, the options both read, the health checks.
    private static readonly HashSet<string> HostEntryPoints =
    [
        "SanXiang.Silo.Host.SiloHostingExtensions",
        "SanXiang.Silo.Host.ClientHostingExtensions",
        "SanXiang.Silo.Host.SanXiangOptions",
        "SanXiang.Silo.Host.Health.HealthCheckExtensions",
    ];

    [Fact]
    public void NameNoGrainCode() =>
        Assert.Empty(GrainCodeReferences.In(typeof(Program).Assembly, GrainCodeReferences.GrainsAssembly));

    [Fact]
    public void UseTheSiloHostOnlyThroughItsCompositionEntryPoints() =>
        Assert.Empty(GrainCodeReferences.In(typeof(Program).Assembly, GrainCodeReferences.HostAssembly).Except(HostEntryPoints));
}
