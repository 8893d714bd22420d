using Microsoft.AspNetCore.Components.Authorization;
using SanXiang.Plugins;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Review;
using SanXiang.Silo.Cases;
using SanXiang.Domain.Errors;
using SanXiang.Silo.Officers;
using SanXiang.Silo.Sectors;
using SanXiang.Web.Cases;
using SanXiang.Web.Officers;
using SanXiang.Web.Components.Cases;

namespace SanXiang.Web.Components.Data;

/// <summary>
/// The case pages over <see cref="CaseService"/>, the same service the API uses: access, the tenant's
/// call context, the actor and time and the resolution of uploads are its business. The user comes
/// from the circuit's authentication state, never from <c>HttpContext</c>.
/// </summary>
public sealed class CaseServiceConsoleData(CaseService cases, AuthenticationStateProvider authentication, ISectorRegistry sectors, CaseAccess access, AccountOfficers people) : ICaseConsoleData
{
    public DateOnly Today => cases.Today;

    public async Task<CaseAbilities> AbilitiesAsync(string tenantId)
    {
        var caller = await CallerAsync();
        return new CaseAbilities(CaseAccess.CanOpen(caller.User, tenantId), CaseAccess.IsStaff(caller.User, tenantId), CaseAccess.IsReviewer(caller.User, tenantId), CaseAccess.IsHead(caller.User, tenantId));
    }

    // Only the names of a record the caller may read: the read check first, as for the record itself.
    public async Task<IReadOnlyDictionary<string, string>> PeopleAsync(string tenantId, IEnumerable<string> userNames)
    {
        await access.RequireReadAsync(await CallerAsync(), tenantId);
        return await people.NamesAsync(tenantId, userNames);
    }

    public async Task<CaseListPage> ListCasesAsync(string tenantId, CaseQuery query, int first, string? after) =>
        await cases.ListAsync(await CallerAsync(), tenantId, query, first, after);

    public async Task<int> CountCasesAsync(string tenantId, CaseQuery query) =>
        await cases.CountAsync(await CallerAsync(), tenantId, query);

    public async Task<ReviewQueuePage> ReviewQueueAsync(string tenantId, bool mine, bool? overdue, int first, string? after)
    {
        var caller = await CallerAsync();
        return await cases.ReviewQueueAsync(caller, tenantId, new ReviewQueueQuery(Today, mine ? caller.UserName : null, overdue), first, after);
    }

    public async Task<int> CountReviewQueueAsync(string tenantId, bool mine, bool? overdue)
    {
        var caller = await CallerAsync();
        return await cases.ReviewQueueCountAsync(caller, tenantId, new ReviewQueueQuery(Today, mine ? caller.UserName : null, overdue));
    }

    public async Task<CaseView> SubmitForReviewAsync(string tenantId, string caseId, ReviewMaterials materials) =>
        await cases.SubmitForReviewAsync(await CallerAsync(), tenantId, caseId, materials);

    public async Task<CaseView> RecordReviewOpinionAsync(string tenantId, string caseId, ReviewOpinionRequest opinion) =>
        await cases.RecordReviewOpinionAsync(await CallerAsync(), tenantId, caseId, opinion);

    public async Task<CaseView> ExtendReviewTimeLimitAsync(string tenantId, string caseId, int days, string reason) =>
        await cases.ExtendReviewTimeLimitAsync(await CallerAsync(), tenantId, caseId, days, reason);

    public async Task<CaseView> RecordCollectiveDiscussionAsync(string tenantId, string caseId, CollectiveDiscussionRequest discussion) =>
        await cases.RecordCollectiveDiscussionAsync(await CallerAsync(), tenantId, caseId, discussion);

    public IReadOnlyList<EnforcementCategory> Categories(string sectorId) =>
        [.. sectors.Find(sectorId)?.Procedures.Select(p => p.Category).Distinct() ?? []];

    public async Task<IReadOnlyList<Officer>> EligibleOfficersAsync(string tenantId, EnforcementCategory category) =>
        await cases.EligibleOfficersAsync(await CallerAsync(), tenantId, category);

    public IReadOnlyList<DocumentTemplate> Templates(string sectorId) => sectors.Find(sectorId)?.DocumentTemplates ?? [];

    public async Task<CaseView> OpenCaseAsync(string tenantId, NewCase newCase)
    {
        ArgumentNullException.ThrowIfNull(newCase);
        var request = new OpenCaseRequest(newCase.Title, newCase.Category, newCase.Party, newCase.OfficerIds, newCase.Simplified, newCase.ProposedFine);
        return await cases.OpenAsync(await CallerAsync(), tenantId, request);
    }

    public async Task<CaseView?> GetCaseAsync(string tenantId, string caseId)
    {
        try
        {
            return await cases.GetAsync(await CallerAsync(), tenantId, caseId);
        }
        catch (SanXiangException ex) when (ex.Code == ErrorCodes.CaseNotFound)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<CaseEventView>> ListEventsAsync(string tenantId, string caseId) =>
        await cases.EventsAsync(await CallerAsync(), tenantId, caseId);

    public async Task<CaseVerification> VerifyAsync(string tenantId, string caseId) =>
        await cases.VerifyAsync(await CallerAsync(), tenantId, caseId);

    public async Task<CaseView> CompleteStepAsync(string tenantId, string caseId, string stepId, IReadOnlyList<string> officerIds, string? avOverrideReason) =>
        await cases.CompleteStepAsync(await CallerAsync(), tenantId, caseId, stepId, officerIds, avOverrideReason);

    public async Task<CaseView> SkipStepAsync(string tenantId, string caseId, string stepId, string reason) =>
        await cases.SkipStepAsync(await CallerAsync(), tenantId, caseId, stepId, reason);

    public async Task<CaseDocumentView> IssueDocumentAsync(string tenantId, string caseId, string stepId, string kind, IReadOnlyDictionary<string, string> fields) =>
        await cases.IssueDocumentAsync(await CallerAsync(), tenantId, caseId, stepId, kind, fields);

    // The upload's metadata already holds the device, time and officer; the service reads them from there.
    public async Task<CaseView> AttachUploadAsync(string tenantId, string caseId, FinishedUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var caller = await CallerAsync();
        var step = upload.Step ?? throw new SanXiangException(ErrorCodes.ValidationFailed, "请选择文件所属的执法环节。");
        return upload.Kind == UploadMetadataForm.AudioVideo
            ? await cases.AddRecordingAsync(caller, tenantId, caseId, new RecordingRequest(upload.UploadId, step))
            : await cases.AddEvidenceAsync(caller, tenantId, caseId, upload.UploadId, step, upload.Description ?? upload.FileName);
    }

    public string FileUrl(string tenantId, string caseId, string hash) => CaseFileEndpoint.UrlFor(tenantId, caseId, hash);

    private async Task<CaseCaller> CallerAsync() => new((await authentication.GetAuthenticationStateAsync()).User);
}
