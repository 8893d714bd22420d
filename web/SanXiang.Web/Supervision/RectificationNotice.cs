using SanXiang.Domain.Supervision;
using SanXiang.Plugins;
using SanXiang.Web.Components.Text;

namespace SanXiang.Web.Supervision;

/// <summary>
/// 通报 draft for a rectification task overdue today (DOMAIN.md §5: superiors issue notices for units that lag), from the
/// inspection's record: the problem, the deadline on the working-day calendar, every step with who and when. Rendered
/// through the plugin SDK's Liquid → .docx renderer (GB/T 9704 page and fonts), like the sector documents.
/// </summary>
public static class RectificationNotice
{
    private const string Template = "rectification-overdue-notice.liquid";

    private static readonly Lazy<string> Source = new(() =>
    {
        using var stream = typeof(RectificationNotice).Assembly.GetManifestResourceStream(Template)
            ?? throw new InvalidOperationException($"The notice template {Template} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>RECTIFICATION_NOT_OVERDUE unless the task is overdue on the standing's day.</summary>
    public static byte[] Render(InspectionStanding standing, Rectification task)
    {
        ArgumentNullException.ThrowIfNull(standing);
        ArgumentNullException.ThrowIfNull(task);
        task.RequireOverdue(standing.Today);
        var inspection = standing.Inspection;
        var agency = standing.AgencyName(task.ResponsibleAgencyId);
        var values = new Dictionary<string, object?>
        {
            ["department"] = standing.AgencyName(inspection.DepartmentId),
            ["agency"] = agency,
            ["inspection"] = inspection.Title,
            ["opened_on"] = PlanTexts.Date(Domain.Cases.Engine.CaseDates.ChinaDate(inspection.OpenedAt)),
            ["problem"] = task.Problem,
            ["assigned_on"] = PlanTexts.Date(task.StartedOn),
            ["deadline"] = PlanTexts.Date(task.Deadline),
            ["working_days"] = task.WorkingDays,
            ["today"] = PlanTexts.Date(standing.Today),
            ["standing"] = task.State switch
            {
                RectificationState.Rejected => "提交的整改材料经验收未通过，仍未整改到位",
                RectificationState.Submitted => "逾期后方提交整改材料",
                _ => "未提交整改材料",
            },
            ["overdue_days"] = standing.Today.DayNumber - task.Deadline.DayNumber,
            ["steps"] = task.Actions.Select(a => (object?)new Dictionary<string, object?>
            {
                ["at"] = PlanTexts.Time(a.At),
                ["agency"] = Cell(standing.AgencyName(a.AgencyId)),
                ["by"] = Cell(standing.PersonName(a.By)),
                ["kind"] = SupervisionTexts.Action(a.Kind),
                ["note"] = Cell(string.Join("；", new[] { a.Note, a.Evidence.Count > 0 ? PlanTexts.Evidence(a.Evidence) : null, a.Accountability is { } held ? $"{held.Person}：{held.Measure}" : null }.OfType<string>())),
            }).ToList(),
        };
        return DocumentRenderer.Render(Template, Source.Value, values);
    }

    // A table cell is one line without '|' (Documents/MARKUP.md): what people typed keeps its words, not its breaks.
    private static string Cell(string text) => text.Replace('|', '｜').ReplaceLineEndings(" ");
}
