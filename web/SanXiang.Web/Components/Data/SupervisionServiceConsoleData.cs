using Microsoft.AspNetCore.Components.Authorization;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Plans;
using SanXiang.Plugins;
using SanXiang.Silo.Cases;
using SanXiang.Silo.Supervision;
using SanXiang.Web.Cases;
using SanXiang.Web.Supervision;

namespace SanXiang.Web.Components.Data;

/// <summary>The supervision pages over <see cref="SupervisionService"/>, the service the API uses; the user comes from the circuit.</summary>
public sealed class SupervisionServiceConsoleData(SupervisionService supervision, CaseService cases, AuthenticationStateProvider authentication) : ISupervisionConsoleData
{
    public DateOnly Today => supervision.Today;

    public async Task<bool> CanSuperviseAsync(string departmentId) => supervision.CanSupervise(await CallerAsync(), departmentId);

    public async Task<bool> CanReportAsync(string agencyId) => supervision.CanReport(await CallerAsync(), agencyId);

    public async Task<IReadOnlyList<InspectionSummary>> InspectionsAsync(string tenantId) => await supervision.InspectionsAsync(await CallerAsync(), tenantId);

    public async Task<RectificationListing> RectificationsAsync(string tenantId) => await supervision.RectificationsAsync(await CallerAsync(), tenantId, overdueOnly: false);

    public async Task<InspectionStanding> GetAsync(string departmentId, string inspectionId) => await supervision.GetAsync(await CallerAsync(), departmentId, inspectionId);

    public async Task<EvaluationStandard> StandardAsync(string agencyId) => await supervision.StandardAsync(await CallerAsync(), agencyId);

    public async Task<IReadOnlyList<CaseSummary>> SampleCasesAsync(string agencyId) =>
        (await cases.ListAsync(await CallerAsync(), agencyId, new CaseQuery(cases.Today, Status: CaseStatus.Closed, IncludeSubordinates: true), 100, null)).Cases;

    public async Task<InspectionStanding> CreateInspectionAsync(string departmentId, string agencyId, string title, int passingMark) =>
        await supervision.CreateInspectionAsync(await CallerAsync(), departmentId, agencyId, title, passingMark);

    public async Task<InspectionStanding> ScoreCaseFileAsync(string departmentId, string inspectionId, ScoreCaseFileRequest request) =>
        await supervision.ScoreCaseFileAsync(await CallerAsync(), departmentId, inspectionId, request);

    public async Task<InspectionStanding> RecordFindingAsync(string departmentId, string inspectionId, string text) =>
        await supervision.RecordFindingAsync(await CallerAsync(), departmentId, inspectionId, text);

    public async Task<InspectionStanding> CreateRectificationAsync(string departmentId, string inspectionId, string? findingId, string? problem, string responsibleAgencyId, DateOnly deadline) =>
        await supervision.CreateRectificationAsync(await CallerAsync(), departmentId, inspectionId, findingId, problem, responsibleAgencyId, deadline);

    public async Task<InspectionStanding> SubmitEvidenceAsync(string departmentId, string inspectionId, string taskId, string? note, IReadOnlyList<PlanEvidence> evidence) =>
        await supervision.SubmitEvidenceAsync(await CallerAsync(), departmentId, inspectionId, taskId, note, evidence);

    public async Task<InspectionStanding> ReviewAsync(string departmentId, string inspectionId, string taskId, bool accept, string? remark) =>
        await supervision.ReviewRectificationAsync(await CallerAsync(), departmentId, inspectionId, taskId, accept, remark);

    public async Task<InspectionStanding> IssueNoticeAsync(string departmentId, string inspectionId, string taskId, string documentNumber, string? note) =>
        await supervision.IssueNoticeAsync(await CallerAsync(), departmentId, inspectionId, taskId, documentNumber, note);

    public async Task<InspectionStanding> HoldAccountableAsync(string departmentId, string inspectionId, string taskId, string person, string measure, string? reason) =>
        await supervision.HoldAccountableAsync(await CallerAsync(), departmentId, inspectionId, taskId, person, measure, reason);

    private async Task<CaseCaller> CallerAsync() => new((await authentication.GetAuthenticationStateAsync()).User);
}
