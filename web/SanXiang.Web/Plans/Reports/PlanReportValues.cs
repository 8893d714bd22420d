using SanXiang.Domain.Plans;
using SanXiang.Domain.Supervision;
using SanXiang.Silo.Plans;
using SanXiang.Web.Components.Plans;
using SanXiang.Web.Components.Text;

namespace SanXiang.Web.Plans.Reports;

/// <summary>
/// The values a plan report's template is filled with, all drawn from the plan as it stands on the day — its phases,
/// the deliverables' filings and answers, the ledger's reports and their evidence, the indicators counted from them and
/// the agency's enforcement indicators from the read model —
/// so the report says what the record says, not what someone remembers.
/// </summary>
public static class PlanReportValues
{
    /// <summary>The values for the agency's plan and, beside the plan's own indicators, its enforcement indicators of the day.</summary>
    public static IReadOnlyDictionary<string, object?> Of(PlanStanding standing, string agencyName, string? superiorName, IReadOnlyList<Indicator> enforcement)
    {
        ArgumentNullException.ThrowIfNull(standing);
        ArgumentNullException.ThrowIfNull(enforcement);
        var plan = standing.Record.Plan;
        var today = standing.Today;
        var progress = standing.Progress;
        var deliverables = plan.Deliverables.Select(d => (Item: d, Progress: standing.Record.ProgressOf(d, today))).ToList();
        var tasks = plan.LedgerTasks.Select(t => (Item: t, Progress: standing.Record.ProgressOf(t, today), History: standing.Record.HistoryOf(t))).ToList();
        var timeline = PhaseTimeline.Of(plan.Phases, today);

        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["agency_name"] = agencyName,
            ["superior_name"] = superiorName ?? string.Empty,
            ["plan_title"] = plan.Title,
            ["plan_number"] = plan.DocumentNumber ?? string.Empty,
            ["date"] = PlanTexts.Date(today),
            ["start"] = PlanTexts.Date(standing.Record.Start),
            ["phase_statement"] = timeline.Statement,
            ["phases"] = timeline.Entries.Select(e => Row(
                ("name", e.Phase.Name),
                ("dates", e.LastDay is { } last ? $"{PlanTexts.Date(e.Phase.Start)}至{PlanTexts.Date(last)}" : $"{PlanTexts.Date(e.Phase.Start)}起"),
                ("state", e.State switch { PhaseState.Past => "已结束", PhaseState.Current => "进行中", _ => "未开始" }))).ToList(),
            ["deliverable_count"] = progress.Deliverables,
            ["approved_count"] = progress.DeliverablesApproved,
            ["filed_count"] = deliverables.Count(d => d.Progress.State == DeliverableState.Filed),
            ["returned_count"] = deliverables.Count(d => d.Progress.State == DeliverableState.Returned),
            ["overdue_deliverable_count"] = progress.DeliverablesOverdue,
            ["deliverables"] = deliverables.Select(d => Row(
                ("name", d.Item.Name),
                ("due", PlanTexts.Date(d.Item.Due)),
                ("state", PlanTexts.State(d.Progress.State)
                    + (d.Progress.FiledOn is { } on ? $"（{PlanTexts.Date(on)}{(d.Progress.FiledLate ? "逾期" : string.Empty)}报送）" : d.Progress.Overdue ? "（逾期）" : string.Empty)),
                ("evidence", Evidence(standing.Record.HistoryOf(d.Item).Actions.LastOrDefault(a => a.Kind == DeliverableActionKind.Filed)?.Evidence)))).ToList(),
            ["approved"] = deliverables.Where(d => d.Progress.State == DeliverableState.Approved).Select(d => Row(
                ("name", d.Item.Name),
                ("filed_on", d.Progress.FiledOn is { } on ? PlanTexts.Date(on) : "—"))).ToList(),
            ["task_count"] = progress.Tasks,
            ["complete_task_count"] = progress.TasksComplete,
            ["overdue_task_count"] = progress.TasksOverdue,
            ["groups"] = tasks.GroupBy(t => (t.Item.GroupNo, t.Item.Group)).Select(g => Row(
                ("name", g.Key.Group),
                ("count", g.Count()),
                ("complete", g.Count(t => t.Progress.Complete)),
                ("overdue", g.Count(t => t.Progress.Overdue)))).ToList(),
            ["done_tasks"] = tasks.Where(t => t.Progress.Complete).Select(t => Row(
                ("no", t.Item.Id),
                ("group", t.Item.Group),
                ("measure", OneLine(t.Item.Measure)),
                ("evidence", Evidence(t.History.CheckIns.SelectMany(c => c.Evidence).DistinctBy(e => (e.Title, e.DocumentNumber)))))).ToList(),
            ["indicators"] = progress.Indicators.Concat(enforcement).Select(i => Row(
                ("name", i.Name),
                ("formula", i.Formula),
                ("value", i.Value is null ? "—（尚无应计事项）" : $"{PlanTexts.Percent(i)}（{i.Numerator}/{i.Denominator}）"))).ToList(),
            ["problems"] = Problems(deliverables, tasks).ToList(),
            ["next_steps"] = NextSteps(deliverables, tasks).ToList(),
        };
    }

    private static IEnumerable<string> Problems(
        IEnumerable<(Deliverable Item, DeliverableProgress Progress)> deliverables,
        IEnumerable<(LedgerTask Item, LedgerTaskProgress Progress, LedgerTaskHistory History)> tasks)
    {
        foreach (var (item, progress) in deliverables)
        {
            if (progress.State == DeliverableState.Returned)
            {
                yield return $"{Quoted(item.Name)}被上级退回{(progress.Remark is { Length: > 0 } remark ? $"，意见为：{remark}" : string.Empty)}，尚未重新报送。";
            }
            else if (progress.Overdue)
            {
                yield return $"{Quoted(item.Name)}应于{PlanTexts.Date(item.Due)}前报送，至今未报送。";
            }
        }

        var overdue = tasks.Where(t => t.Progress.Overdue).ToList();
        foreach (var (item, progress, _) in overdue.Where(t => !t.Item.LongTerm))
        {
            yield return $"台账第{item.Id}项{Quoted(OneLine(item.Measure))}完成时限为{OneLine(item.Deadline)}，已逾期未完成（{PlanTexts.State(progress.State)}）。";
        }

        // Long-term tasks owe a report each half-year; one line for all of them reads better than one each.
        if (overdue.Where(t => t.Item.LongTerm).Select(t => t.Item.Id).ToList() is { Count: > 0 } awaiting)
        {
            yield return $"长期执行的台账任务中，第{Numbers(awaiting)}项（共{awaiting.Count}项）逾期未报送半年进展。";
        }
    }

    private static IEnumerable<string> NextSteps(
        IEnumerable<(Deliverable Item, DeliverableProgress Progress)> deliverables,
        IEnumerable<(LedgerTask Item, LedgerTaskProgress Progress, LedgerTaskHistory History)> tasks)
    {
        foreach (var (item, progress) in deliverables.Where(d => d.Progress.State is DeliverableState.NotFiled or DeliverableState.Returned))
        {
            yield return progress.State == DeliverableState.Returned
                ? $"按上级意见修改{Quoted(item.Name)}并重新报送。"
                : $"报送{Quoted(item.Name)}（期限{PlanTexts.Date(item.Due)}）。";
        }

        var open = tasks.Where(t => !t.Progress.Complete).ToList();
        foreach (var (item, _, _) in open.Where(t => !t.Item.LongTerm))
        {
            yield return $"落实台账第{item.Id}项{Quoted(OneLine(item.Measure))}（{OneLine(item.ResponsibleUnits)}，{OneLine(item.Deadline)}）。";
        }

        if (open.Where(t => t.Item.LongTerm).Select(t => t.Item.Id).ToList() is { Count: > 0 } longTerm)
        {
            yield return $"按“年初有计划，年中有检查，年终有考核”的要求，报送长期执行的台账任务第{Numbers(longTerm)}项的半年进展。";
        }
    }

    // A name that holds quotation marks of its own (推行“三项制度”工作自查总结) takes single ones inside the double.
    private static string Quoted(string name) => $"“{name.Replace('“', '‘').Replace('”', '’')}”";

    private static string Numbers(IEnumerable<int> ids) => string.Join("、", ids.Order());

    private static string Evidence(IEnumerable<PlanEvidence>? evidence) =>
        evidence is null || !evidence.Any() ? "—" : PlanTexts.Evidence(evidence);

    // Table cells hold one line (Documents/MARKUP.md); the ledger's measures are sometimes written over several.
    private static string OneLine(string text) => string.Join(string.Empty, text.Split('\n', StringSplitOptions.TrimEntries));

    // A cell cannot hold "|" either (Documents/MARKUP.md): the full-width bar reads the same.
    private static Dictionary<string, object?> Row(params (string Key, object? Value)[] cells) =>
        cells.ToDictionary(c => c.Key, c => c.Value is string s ? (object?)s.Replace('|', '｜') : c.Value, StringComparer.Ordinal);
}
