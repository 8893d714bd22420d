using SanXiang.Domain.Calendar;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Plans;
using SanXiang.Domain.Supervision;
using SanXiang.Plugins;
using SanXiang.Silo.Supervision;
using SanXiang.Web.Components.Data;
using SanXiang.Web.Supervision;

namespace SanXiang.Web.Tests.Components.Supervision;

/// <summary>One inspection of 河南省司法厅 of 许昌市司法局, kept in memory and changed by the Domain's own rules.</summary>
internal sealed class FakeSupervisionConsoleData(DateOnly today, bool supervise, bool report) : ISupervisionConsoleData
{
    private static readonly DateTimeOffset At = new(2026, 11, 2, 2, 0, 0, TimeSpan.Zero);

    public Inspection Inspection { get; private set; } = Inspection.Open("i1", "henan-sft", "xuchang", "2026年专项监督检查", 60, At, "henan.supervisor")
        .RecordFinding(At, "henan.supervisor", "执法人员清单未按期更新")
        .AssignRectification(At, new DateOnly(2026, 11, 2), WorkingDayCalendar.Official, "henan.supervisor", "F1", null, "xuchang", new DateOnly(2026, 11, 16));

    public DateOnly Today => today;

    public void Submit() => Inspection = Inspection.SubmitEvidence("R1", At, "xuchang.admin", "xuchang", "已更新", [new PlanEvidence("执法人员清单", null)]);

    public Task<bool> CanSuperviseAsync(string departmentId) => Task.FromResult(supervise);

    public Task<bool> CanReportAsync(string agencyId) => Task.FromResult(report);

    public Task<IReadOnlyList<InspectionSummary>> InspectionsAsync(string tenantId) =>
        Task.FromResult<IReadOnlyList<InspectionSummary>>([new InspectionSummary("henan-sft", "i1", "xuchang", Inspection.Title, 60, At, 0, 0, 1)]);

    public Task<RectificationListing> RectificationsAsync(string tenantId) => Task.FromResult(new RectificationListing(
        [.. Inspection.Rectifications.Select(r => new RectificationSummary("henan-sft", "i1", r.Id, r.ResponsibleAgencyId, r.Problem, r.Deadline, r.State, r.OverdueFrom))],
        today,
        Agencies));

    public Task<InspectionStanding> GetAsync(string departmentId, string inspectionId) => Task.FromResult(Standing);

    public Task<EvaluationStandard> StandardAsync(string agencyId) => Task.FromResult(CommonEvaluationStandard.Standard);

    public Task<IReadOnlyList<CaseSummary>> SampleCasesAsync(string agencyId) => Task.FromResult<IReadOnlyList<CaseSummary>>([]);

    public Task<InspectionStanding> CreateInspectionAsync(string departmentId, string agencyId, string title, int passingMark) => throw new NotSupportedException();

    public Task<InspectionStanding> ScoreCaseFileAsync(string departmentId, string inspectionId, ScoreCaseFileRequest request) => throw new NotSupportedException();

    public Task<InspectionStanding> RecordFindingAsync(string departmentId, string inspectionId, string text) => Act(i => i.RecordFinding(At, "henan.supervisor", text));

    public Task<InspectionStanding> CreateRectificationAsync(string departmentId, string inspectionId, string? findingId, string? problem, string responsibleAgencyId, DateOnly deadline) =>
        Act(i => i.AssignRectification(At, today, WorkingDayCalendar.Official, "henan.supervisor", findingId, problem, responsibleAgencyId, deadline));

    public Task<InspectionStanding> SubmitEvidenceAsync(string departmentId, string inspectionId, string taskId, string? note, IReadOnlyList<PlanEvidence> evidence) =>
        Act(i => i.SubmitEvidence(taskId, At, "xuchang.admin", "xuchang", note, evidence));

    public Task<InspectionStanding> ReviewAsync(string departmentId, string inspectionId, string taskId, bool accept, string? remark) =>
        Act(i => i.Review(taskId, At, "henan.supervisor", "henan-sft", accept, remark));

    public Task<InspectionStanding> IssueNoticeAsync(string departmentId, string inspectionId, string taskId, string documentNumber, string? note) =>
        Act(i => i.IssueNotice(taskId, At, today, "henan.supervisor", documentNumber, note));

    public Task<InspectionStanding> HoldAccountableAsync(string departmentId, string inspectionId, string taskId, string person, string measure, string? reason) =>
        Act(i => i.HoldAccountable(taskId, At, today, "henan.supervisor", person, measure, reason));

    private static Dictionary<string, string> Agencies => new() { ["henan-sft"] = "河南省司法厅", ["xuchang"] = "许昌市司法局" };

    private InspectionStanding Standing => new(Inspection, today, new Dictionary<string, string> { ["henan.supervisor"] = "王某某", ["xuchang.admin"] = "李某某" }, Agencies);

    private Task<InspectionStanding> Act(Func<Inspection, Inspection> act)
    {
        Inspection = act(Inspection);
        return Task.FromResult(Standing);
    }
}
