using SanXiang.Silo.Plans;

namespace SanXiang.Silo.Host.Catalog;

/// <summary>One tenant's folder of the catalog, read and checked on its own.</summary>
internal sealed record TenantFolder(AgencyDraft Agency, ImplementationPlan Plan, string Version)
{
    private static readonly string[] Known = [CatalogReader.AgencyFile, CatalogReader.PlanFile, PlanJson.LedgerFile];

    public CatalogEntry ToEntry() => new(Agency.Agency, Plan, Version);

    public static TenantFolder? Read(string folder, CatalogProblems problems)
    {
        var tenant = Path.GetFileName(folder);
        var files = Directory.EnumerateFiles(folder)
            .Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f)))
            .Where(f => !CatalogReader.IsIgnored(f.Name))
            .ToDictionary(f => f.Name, f => f.Bytes, StringComparer.Ordinal);
        foreach (var name in files.Keys.Where(n => !Known.Contains(n)).Order(StringComparer.Ordinal))
        {
            problems.Add($"{tenant}/{name}", 0, $"未知文件：机关文件夹只放 {string.Join("、", Known)}。");
        }

        var agency = ReadJson(tenant, CatalogReader.AgencyFile, files, problems) is { } a ? AgencyJson.ReadAgency(a) : null;
        var plan = ReadJson(tenant, CatalogReader.PlanFile, files, problems) is { } p ? PlanJson.Read(p) : null;
        if (agency is not null && agency.Profile.Id != tenant)
        {
            agency.Report("id", $"机关编号“{agency.Profile.Id}”应与文件夹名“{tenant}”相同。");
        }

        if (agency is not null && plan is not null && plan.Source != agency.Profile.Source)
        {
            plan.Json.Field("source").Report($"实施方案的来源“{plan.Source}”与机关的来源“{agency.Profile.Source}”不同；二者应出自同一份种子文件。");
        }

        var tasks = ReadLedger(tenant, plan, files, problems);
        if (agency is null || plan is null || tasks is null)
        {
            return null;
        }

        return new TenantFolder(agency, plan.Plan with { LedgerTasks = tasks }, CatalogVersion.Of(files.Select(f => (f.Key, f.Value))));
    }

    private static JsonCursor? ReadJson(string tenant, string name, Dictionary<string, byte[]> files, CatalogProblems problems)
    {
        var file = $"{tenant}/{name}";
        if (!files.TryGetValue(name, out var bytes))
        {
            problems.Add(file, 0, "缺少文件。");
            return null;
        }

        return JsonSource.Parse(file, bytes, problems)?.Root;
    }

    private static IReadOnlyList<LedgerTask>? ReadLedger(string tenant, PlanDraft? plan, Dictionary<string, byte[]> files, CatalogProblems problems)
    {
        var file = $"{tenant}/{PlanJson.LedgerFile}";
        var present = files.TryGetValue(PlanJson.LedgerFile, out var bytes);
        switch (plan?.Ledger, present)
        {
            case (null, false):
                return [];
            case (null, true) when plan is not null:
                problems.Add(file, 0, "plan.json 没有声明台账（ledger 为 null），却有台账文件。");
                return null;
            case (null, true):
                return null;
            case ({ } declared, false):
                declared.Json.Report($"plan.json 声明了台账，但缺少文件 {file}。");
                return null;
            case ({ } declared, true):
                return LedgerTsv.Read(file, bytes!, declared, problems);
        }
    }
}
