using SanXiang.Silo.Agencies;

namespace SanXiang.Silo.Host.Catalog;

/// <summary>
/// Reads the whole catalog folder and checks all of it before anything is written: a catalog with
/// any error is refused whole with a <see cref="CatalogException"/> naming every file and line, so
/// an agency is never half-loaded.
/// </summary>
/// <remarks>
/// Layout: <c>departments.json</c> (supervising departments, not onboarded) and one folder per
/// tenant holding <c>agency.json</c>, <c>plan.json</c> and, if the plan declares one,
/// <c>ledger.tsv</c>. Markdown notes and hidden files are skipped.
/// </remarks>
public static class CatalogReader
{
    public const string DepartmentsFile = "departments.json";
    public const string AgencyFile = "agency.json";
    public const string PlanFile = "plan.json";

    public static SeedCatalog Read(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var problems = new CatalogProblems();
        if (!Directory.Exists(directory))
        {
            problems.Add(directory, 0, "找不到目录数据文件夹；请检查配置项 SanXiang:CatalogDir。");
            throw new CatalogException(directory, problems.Errors);
        }

        foreach (var file in Directory.EnumerateFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            if (file != DepartmentsFile && !IsIgnored(file!))
            {
                problems.Add(file!, 0, $"未知文件：目录根下只放 {DepartmentsFile}，每个机关一个子文件夹。");
            }
        }

        var departments = ReadDepartments(directory, problems);
        var tenants = Directory.EnumerateDirectories(directory)
            .Where(d => !IsIgnored(Path.GetFileName(d)))
            .Order(StringComparer.Ordinal)
            .Select(d => TenantFolder.Read(d, problems))
            .OfType<TenantFolder>()
            .ToList();

        CatalogTree.Check([.. departments.Select(d => d.Draft), .. tenants.Select(t => t.Agency)], problems);
        if (problems.Any)
        {
            throw new CatalogException(directory, problems.Errors);
        }

        return new SeedCatalog(
            directory,
            [.. departments.Select(d => new CatalogEntry(d.Draft.Agency, null, d.Version))],
            [.. tenants.Select(t => t.ToEntry())],
            problems.Warnings);
    }

    /// <summary>Notes for people (Markdown) and hidden files such as .gitattributes are not catalog data.</summary>
    internal static bool IsIgnored(string name) =>
        name.StartsWith('.') || name.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    private static List<(AgencyDraft Draft, string Version)> ReadDepartments(string directory, CatalogProblems problems)
    {
        var path = Path.Combine(directory, DepartmentsFile);
        if (!File.Exists(path))
        {
            problems.Add(DepartmentsFile, 0, "缺少文件：监督部门清单（可为空数组）。");
            return [];
        }

        if (JsonSource.Parse(DepartmentsFile, File.ReadAllBytes(path), problems) is not { } source
            || !source.Root.ExpectObject("部门清单"))
        {
            return [];
        }

        source.Root.AllowOnly(["departments"]);
        var result = new List<(AgencyDraft, string)>();
        foreach (var item in source.Root.Array("departments"))
        {
            // A department's version is the hash of its own entry, so editing one re-seeds only it.
            if (AgencyJson.ReadDepartment(item) is { } draft)
            {
                result.Add((draft, CatalogVersion.Of([(draft.Profile.Id, System.Text.Encoding.UTF8.GetBytes(item.Element.GetRawText()))])));
            }
        }

        return result;
    }
}
