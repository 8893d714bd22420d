namespace SanXiang.Silo.Host.Tests.Catalog;

/// <summary>
/// A small catalog of its own ids (a department and two agencies), so that a test can tell what
/// it wrote from what the shipped catalog wrote into the same silo.
/// </summary>
public sealed class ProbeCatalog : IDisposable
{
    private const string Source = "seeds/004_2c91c16227ca89f7.txt";

    public ProbeCatalog()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        (Department, First, Second) = ($"probe-{tag}-sfj", $"probe-{tag}-a", $"probe-{tag}-b");
        Directory = Path.Combine(Path.GetTempPath(), "sanxiang-probe-" + tag);
        Write("departments.json", $$"""
            { "departments": [ { "source": "{{Source}}", "id": "{{Department}}", "name": "探针县司法局", "level": "County",
              "sector": "judicial", "regionCode": "530926", "parentId": null, "creditCode": null } ] }
            """);
        foreach (var id in new[] { First, Second })
        {
            Write($"{id}/agency.json", $$"""
                { "source": "{{Source}}", "id": "{{id}}", "name": "探针机关", "level": "County", "sector": "emergency-management",
                  "regionCode": "530926", "parentId": "{{Department}}", "creditCode": null, "orgUnits": [], "leadingGroup": null }
                """);
            Write($"{id}/plan.json", $$"""
                { "source": "{{Source}}", "title": "探针实施方案", "documentNumber": null, "phases": [], "deliverables": [], "ledger": null }
                """);
        }
    }

    public string Directory { get; }

    public string Department { get; }

    public string First { get; }

    public string Second { get; }

    public void Write(string file, string text)
    {
        var path = Path.Combine(Directory, file);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
