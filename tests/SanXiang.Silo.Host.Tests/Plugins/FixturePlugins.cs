namespace SanXiang.Silo.Host.Tests.Plugins;

/// <summary>The fixture plugins the test build publishes beside the tests (eng/SectorPlugins.targets).</summary>
internal static class FixturePlugins
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "fixture-plugins");

    /// <summary>A plugins folder holding only the named fixtures (copied), for tests that need a particular mix.</summary>
    public static string CopyOf(params string[] names)
    {
        var target = Path.Combine(Path.GetTempPath(), "sanxiang-plugins-" + Guid.NewGuid().ToString("N"));
        foreach (var name in names)
        {
            var source = Path.Combine(Directory, name);
            foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var copy = Path.Combine(target, name, Path.GetRelativePath(source, file));
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
            }
        }

        System.IO.Directory.CreateDirectory(target);
        return target;
    }
}
