using Microsoft.Extensions.DependencyInjection;
using SanXiang.Silo.Host.Tests.Infrastructure;
using SanXiang.Silo.Sectors;

namespace SanXiang.Silo.Host.Tests.Plugins;

/// <summary>
/// The developer's path from PLUGINS.md, end to end: install the template (into a private hive, so
/// the machine's template store is not touched), create a plugin, run its contract tests, deploy
/// the build output into a plugins folder and start a silo on it. Takes a minute or two.
/// </summary>
public sealed class SectorTemplateShould : IDisposable
{
    private readonly string work = Path.Combine(Path.GetTempPath(), "sx-template-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public async Task ProduceAPluginThatPassesTheKitAndLoadsInAHost()
    {
        var repo = RepositoryRoot();
        var hive = Path.Combine(work, "hive");
        var project = Path.Combine(work, "Transport");
        Directory.CreateDirectory(work);

        await DotNetCli.RunAsync(work, "new", "install", Path.Combine(repo, "plugins", "template"), "--debug:custom-hive", hive);
        await DotNetCli.RunAsync(work, "new", "sanxiang-sector", "-n", "Transport", "-o", project, "--repo", repo, "--sectorName", "交通运输", "--debug:custom-hive", hive);
        await DotNetCli.RunAsync(project, "test", "Transport.Tests", "-c", "Release", "-nologo");
        var plugins = Path.Combine(work, "plugins");
        CopyFolder(Path.Combine(project, "Transport", "bin", "Release", "net10.0"), Path.Combine(plugins, "Transport"));

        await using var silo = await TestSilo.StartAsync(new Dictionary<string, string?>
        {
            ["SanXiang:DataDir"] = Path.Combine(work, "data"),
            ["SanXiang:PluginsDir"] = plugins,
        });

        var registry = silo.Services.GetRequiredService<ISectorRegistry>();
        Assert.Empty(registry.Failures);
        var transport = Assert.Single(registry.Plugins);
        Assert.Equal("transport", transport.Sector.Id);
        Assert.Equal("交通运输", transport.Sector.Name);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SanXiang.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("SanXiang.sln not found above the test binaries.");
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }
}
