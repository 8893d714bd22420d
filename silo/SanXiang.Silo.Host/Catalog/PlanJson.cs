using SanXiang.Silo.Plans;

namespace SanXiang.Silo.Host.Catalog;

/// <summary>Reads a tenant's <c>plan.json</c>: title, document number, phases, deliverables, ledger declaration.</summary>
internal static class PlanJson
{
    public const string LedgerFile = "ledger.tsv";

    private static readonly string[] PlanFields = ["source", "title", "documentNumber", "phases", "deliverables", "ledger"];
    private static readonly string[] PhaseFields = ["name", "start", "end", "summary"];
    private static readonly string[] DeliverableFields = ["name", "due", "submitTo"];
    private static readonly string[] LedgerFields = ["file", "rows", "groups"];

    public static PlanDraft? Read(JsonCursor json)
    {
        if (!json.ExpectObject("实施方案"))
        {
            return null;
        }

        json.AllowOnly(PlanFields);
        var source = json.String("source");
        var title = json.String("title");
        var number = json.OptionalString("documentNumber");
        var phases = ReadPhases(json.Array("phases"));
        var deliverables = json.Array("deliverables").Select(ReadDeliverable).ToList();
        var ledger = json.OptionalObject("ledger") is { } l ? ReadLedger(l) : null;

        if (source is null || title is null || phases is null || deliverables.Contains(null))
        {
            return null;
        }

        var plan = new ImplementationPlan(title, number, phases, [.. deliverables.OfType<Deliverable>()], [], null);
        return new PlanDraft(source, plan, ledger, json);
    }

    private static List<PlanPhase>? ReadPhases(IReadOnlyList<JsonCursor> items)
    {
        var phases = new List<PlanPhase>();
        var complete = true;
        foreach (var item in items)
        {
            var phase = ReadPhase(item);
            if (phase is null)
            {
                complete = false;
                continue;
            }

            // 实施步骤 follow one another: a phase may overlap the one before (an open-ended
            // 全面实施 runs on while 整改提高 starts), but it never starts earlier.
            if (phases.Count > 0 && phase.Start < phases[^1].Start)
            {
                item.Field("start").Report($"阶段“{phase.Name}”的开始日期早于上一阶段“{phases[^1].Name}”；阶段应按时间先后排列。");
            }

            phases.Add(phase);
        }

        return complete ? phases : null;
    }

    private static PlanPhase? ReadPhase(JsonCursor json)
    {
        if (!json.ExpectObject("阶段"))
        {
            return null;
        }

        json.AllowOnly(PhaseFields);
        var name = json.String("name");
        var start = json.Date("start", required: true);

        // A phase the plan leaves open ("2019年9月上旬开始") has no end.
        var end = json.Date("end", required: false);
        var summary = json.OptionalString("summary");
        if (start is not null && end is not null && end < start)
        {
            json.Field("end").Report($"阶段“{name}”的结束日期 {end:yyyy-MM-dd} 早于开始日期 {start:yyyy-MM-dd}。");
            return null;
        }

        return name is null || start is null ? null : new PlanPhase(name, start.Value, end, summary);
    }

    private static Deliverable? ReadDeliverable(JsonCursor json)
    {
        if (!json.ExpectObject("报送事项"))
        {
            return null;
        }

        json.AllowOnly(DeliverableFields);
        var name = json.String("name");
        var due = json.Date("due", required: true);
        var submitTo = json.OptionalString("submitTo");
        return name is null || due is null ? null : new Deliverable(name, due.Value, submitTo);
    }

    private static LedgerDeclaration? ReadLedger(JsonCursor json)
    {
        json.AllowOnly(LedgerFields);
        var file = json.String("file");
        var rows = json.Int("rows");
        var groups = json.Int("groups");
        if (file is not null && file != LedgerFile)
        {
            json.Field("file").Report($"台账文件应为与 plan.json 同目录的“{LedgerFile}”。");
            return null;
        }

        if (rows is < 1 || groups is < 1 || rows < groups)
        {
            json.Report("台账的行数（rows）和任务组数（groups）应为正整数，且行数不少于组数。");
            return null;
        }

        return file is null || rows is null || groups is null ? null : new LedgerDeclaration(file, rows.Value, groups.Value, json);
    }
}
