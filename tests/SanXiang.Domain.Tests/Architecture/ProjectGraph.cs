using System.Xml.Linq;

namespace SanXiang.Domain.Tests.Architecture;

/// <summary>The checkout's projects and what each references (packages, frameworks, projects), read from their .csproj files.</summary>
internal static class ProjectGraph
{
    public static string Root { get; } = FindRoot();

    public static IEnumerable<string> Projects(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    /// <summary>Every package, framework and project (by file name without extension) the project names.</summary>
    public static IReadOnlyList<string> References(string project) =>
        [.. XDocument.Load(project).Descendants()
            .Where(e => e.Name.LocalName is "PackageReference" or "FrameworkReference" or "ProjectReference")
            .Select(e => e.Attribute("Include")?.Value ?? string.Empty)
            .Select(include => include.EndsWith(".csproj", StringComparison.Ordinal) ? Path.GetFileNameWithoutExtension(include.Replace('\\', '/')) : include)];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SanXiang.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the checkout: SanXiang.sln not found above " + AppContext.BaseDirectory);
    }
}
