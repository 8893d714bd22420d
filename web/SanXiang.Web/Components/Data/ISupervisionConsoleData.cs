using SanXiang.Domain.Cases;
using SanXiang.Domain.Plans;
using SanXiang.Plugins;
using SanXiang.Silo.Supervision;
using SanXiang.Web.Supervision;

namespace SanXiang.Web.Components.Data;

/// <summary>The supervision pages' data, as <see cref="SupervisionService"/> gives it, for the signed-in user of the circuit.</summary>
public interface ISupervisionConsoleData
{
    DateOnly Today { get; }

    Task<bool> CanSuperviseAsync(string departmentId);

    Task<bool> CanReportAsync(string agencyId);

    Task<IReadOnlyList<InspectionSummary>> InspectionsAsync(string tenantId);

    Task<RectificationListing> RectificationsAsync(string tenantId);

    Task<InspectionStanding> GetAsync(string departmentId, string inspectionId);

    Task<EvaluationStandard> StandardAsync(string agencyId);

    /// <summary>Case files that may be sampled: the cases of the agency and of those below it, newest first.</summary>
    Task<IReadOnlyList<CaseSummary>> SampleCasesAsync(string agencyId);

    Task<InspectionStanding> CreateInspectionAsync(string departmentId, string agencyId, string title, int passingMark);

    Task<InspectionStanding> ScoreCaseFileAsync(string departmentId, string inspectionId, ScoreCaseFileRequest request);

    Task<InspectionStanding> RecordFindingAsync(string departmentId, string inspectionId, string text);

    Task<InspectionStanding> CreateRectificationAsync(string departmentId, string inspectionId, string? findingId, string? problem, string responsibleAgencyId, DateOnly deadline);

    Task<InspectionStanding> SubmitEvidenceAsync(string departmentId, string inspectionId, string taskId, string? note, IReadOnlyList<PlanEvidence> evidence);

    Task<InspectionStanding> ReviewAsync(string departmentId, string inspectionId, string taskId, bool accept, string? remark);

    Task<InspectionStanding> IssueNoticeAsync(string departmentId, string inspectionId, string taskId, string documentNumber, string? note);

    Task<InspectionStanding> HoldAccountableAsync(string departmentId, string inspectionId, string taskId, string person, string measure, string? reason);
}
