using SanXiang.Domain.Text;
using SanXiang.Plugins;
using SanXiang.Silo;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Review;
using SanXiang.Silo.Cases;
using SanXiang.Domain.Errors;
using SanXiang.Domain.Files;
using SanXiang.Silo.Officers;
using SanXiang.Web.Uploads;
using SanXiang.Domain.Cases.Engine;

namespace SanXiang.Web.Cases;

/// <summary>
/// The web side of an agency's cases, for the API and the console alike. Every call checks the
/// caller first (<see cref="CaseAccess"/>), runs its grain calls in the tenant's call context, and
/// stamps commands with the caller's user name and the current time: what the record says about who
/// acted and when comes from the sign-in and the server's clock, never from the client. The case
/// grains hold every command's text to its limits (<see cref="CommandText"/>).
/// </summary>
public sealed class CaseService(IGrainFactory grains, CaseAccess access, UploadedFiles uploads, TimeProvider clock)
{
    public async Task<CaseView> OpenAsync(CaseCaller caller, string tenantId, OpenCaseRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Party);
        await access.RequireOpenAsync(caller, tenantId);
        var party = new CaseParty(request.Party.Name, request.Party.Kind, request.Party.IdCode);
        var command = new OpenCaseCommand(request.Title, request.Category, party, request.Simplified, request.ProposedFine, request.OfficerIds ?? [], caller.UserName, clock.GetUtcNow());
        return await InTenantAsync(caller, tenantId, () => grains.GetGrain<ICaseFilingGrain>(tenantId).OpenAsync(command));
    }

    /// <summary>The case; CASE_NOT_FOUND when the agency has no case of that id.</summary>
    public async Task<CaseView> GetAsync(CaseCaller caller, string tenantId, string caseId)
    {
        await access.RequireReadAsync(caller, tenantId);
        return await InTenantAsync(caller, tenantId, () => Case(tenantId, caseId).GetAsync())
            ?? throw NotFound(caseId);
    }

    /// <summary>Today in China time: the day lists count overdue and due deadlines on.</summary>
    public DateOnly Today => CaseDates.Today(clock);

    /// <summary>
    /// A page of the agency's cases from the read model (<see cref="ICaseListGrain"/>). With
    /// <see cref="CaseQuery.IncludeSubordinates"/> the cases of the agencies below it too: whoever may see an agency
    /// may see every agency below it (<see cref="Auth.TenantAccess"/>), so the one check of the agency covers them.
    /// </summary>
    public async Task<CaseListPage> ListAsync(CaseCaller caller, string tenantId, CaseQuery query, int first, string? after)
    {
        await access.RequireReadAsync(caller, tenantId);
        return await InTenantAsync(caller, tenantId, () => grains.GetGrain<ICaseListGrain>(tenantId).ListAsync(query, first, after));
    }

    /// <summary>A page of the agency's legal-review queue from the read model (<see cref="IReviewQueueGrain"/>).</summary>
    public async Task<ReviewQueuePage> ReviewQueueAsync(CaseCaller caller, string tenantId, ReviewQueueQuery query, int first, string? after)
    {
        await access.RequireReadAsync(caller, tenantId);
        return await InTenantAsync(caller, tenantId, () => grains.GetGrain<IReviewQueueGrain>(tenantId).ListAsync(query, first, after));
    }

    public async Task<int> ReviewQueueCountAsync(CaseCaller caller, string tenantId, ReviewQueueQuery query)
    {
        await access.RequireReadAsync(caller, tenantId);
        return await InTenantAsync(caller, tenantId, () => grains.GetGrain<IReviewQueueGrain>(tenantId).CountAsync(query));
    }

    public async Task<int> CountAsync(CaseCaller caller, string tenantId, CaseQuery query)
    {
        await access.RequireReadAsync(caller, tenantId);
        return await InTenantAsync(caller, tenantId, () => grains.GetGrain<ICaseListGrain>(tenantId).CountAsync(query));
    }

    public async Task<IReadOnlyList<CaseEventView>> EventsAsync(CaseCaller caller, string tenantId, string caseId)
    {
        await GetAsync(caller, tenantId, caseId);
        return await InTenantAsync(caller, tenantId, () => Case(tenantId, caseId).GetEventsAsync());
    }

    /// <summary>Recomputes the case's chain from the stored events (not from the grain's memory).</summary>
    public async Task<CaseVerification> VerifyAsync(CaseCaller caller, string tenantId, string caseId)
    {
        await GetAsync(caller, tenantId, caseId);
        return await InTenantAsync(caller, tenantId, () => Case(tenantId, caseId).VerifyAsync());
    }

    public async Task<CaseView> CompleteStepAsync(CaseCaller caller, string tenantId, string caseId, string stepId, IReadOnlyList<string> officerIds, string? avOverrideReason)
    {
        await access.RequireWriteAsync(caller, tenantId);
        var command = new CompleteStepCommand(stepId, officerIds ?? [], avOverrideReason, caller.UserName, clock.GetUtcNow());
        return await InTenantAsync(caller, tenantId, () => Case(tenantId, caseId).CompleteStepAsync(command));
    }

    public async Task<CaseView> SkipStepAsync(CaseCaller caller, string tenantId, string caseId, string stepId, string reason)
    {
        await access.RequireWriteAsync(caller, tenantId);
        var command = new SkipStepCommand(stepId, reason, caller.UserName, clock.GetUtcNow());
        return await InTenantAsync(caller, tenantId, () => Case(tenantId, caseId).SkipStepAsync(command));
    }

    public async Task<CaseView> ProposeDecisionAsync(CaseCaller caller, string tenantId, string caseId, ProposalRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        await access.RequireWriteAsync(caller, tenantId);
        var command = new ProposeDecisionCommand(request.Kinds, request.Fine, request.Confiscation, request.LegalBasis, request.FactsSummary, request.Complex, caller.UserName, clock.GetUtcNow());
        return await InTenantAsync(caller, tenantId, () => Case(tenantId, caseId).ProposeDecisionAsync(command));
    }

    /// <summary>
    /// The reviewer is the officer the caller's account is linked to (the case grain looks it up from the actor); a
    /// reviewer named in the request must be that officer. The engine checks him against the roster and the case, and the
    /// seven-point checklist against the outcome.
    /// </summary>
    public async Task<CaseView> RecordReviewOpinionAsync(CaseCaller caller, string tenantId, string caseId, ReviewOpinionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        await access.RequireWriteAsync(caller, tenantId);
        var command = new RecordReviewOpinionCommand(request.ProposalHash, request.ReviewerId, request.Outcome, request.Reasons, caller.UserName, clock.GetUtcNow())
        {
            Checklist = request.Checklist ?? [],
        };
        return await InTenantAsync(caller, tenantId, () => Case(tenantId, caseId).RecordReviewOpinionAsync(command));
    }

    /// <summary>Submits (or resubmits) the current proposal for legal review; the engine checks the materials' completeness.</summary>
    public async Task<CaseView> SubmitForReviewAsync(CaseCaller caller, string tenantId, string caseId, ReviewMaterials materials)
    {
        ArgumentNullException.ThrowIfNull(materials);
        await access.RequireWriteAsync(caller, tenantId);
        var command = new SubmitForReviewCommand(materials, caller.UserName, clock.GetUtcNow());
        return await InTenantAsync(caller, tenantId, () => Case(tenantId, caseId).SubmitForReviewAsync(command));
    }

    /// <summary>The caller, as the reviewer his account is linked to, asks for supplementary materials by <paramref name="supplyBy"/>; the review's clock stops.</summary>
    public async Task<CaseView> RequestSupplementAsync(CaseCaller caller, string tenantId, string caseId, string? reviewerId, IReadOnlyList<string> items, DateOnly supplyBy, string reason)
    {
        await access.RequireWriteAsync(caller, tenantId);
        var command = new RequestSupplementCommand(reviewerId, items ?? [], supplyBy, reason, caller.UserName, clock.GetUtcNow());
        return await InTenantAsync(caller, tenantId, () => Case(tenantId, caseId).RequestSupplementAsync(command));
    }

    /// <summary>The leaders' collective discussion, recorded by the agency's staff; the engine decides whether the case may go to one.</summary>
    public async Task<CaseView> RecordCollectiveDiscussionAsync(CaseCaller caller, string tenantId, string caseId, CollectiveDiscussionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        await access.RequireWriteAsync(caller, tenantId);
        var command = new RecordCollectiveDiscussionCommand(request.ProposalHash, request.HeldOn, request.HandlerOpinion, request.Attendees ?? [], request.Decision, request.Conclusion, caller.UserName, clock.GetUtcNow());
        return await InTenantAsync(caller, tenantId, () => Case(tenantId, caseId).RecordCollectiveDiscussionAsync(command));
    }

    /// <summary>The agency head extends the review's time limit by <paramref name="days"/> working days, once; the engine decides whether it may be.</summary>
    public async Task<CaseView> ExtendReviewTimeLimitAsync(CaseCaller caller, string tenantId, string caseId, int days, string reason)
    {
        await access.RequireHeadAsync(caller, tenantId);
        var command = new ExtendReviewTimeLimitCommand(days, reason, caller.UserName, clock.GetUtcNow());
        return await InTenantAsync(caller, tenantId, () => Case(tenantId, caseId).ExtendReviewTimeLimitAsync(command));
    }

    public async Task<MajorDecision> EvaluateMajorDecisionAsync(CaseCaller caller, string tenantId, string caseId)
    {
        await access.RequireReadAsync(caller, tenantId);
        return await InTenantAsync(caller, tenantId, () => Case(tenantId, caseId).EvaluateMajorDecisionAsync());
    }

    public async Task<CaseView> AddRecordingAsync(CaseCaller caller, string tenantId, string caseId, RecordingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        await access.RequireWriteAsync(caller, tenantId);
        var grain = Case(tenantId, caseId);
        return await uploads.AttachAsync(tenantId, caller.UserName, request.UploadId, caseId, upload =>
        {
            RequireUploadKind(upload, EvidenceKinds.AudioVideo, "音像记录");
            var metadata = upload.Metadata;

            // The upload's metadata came from the client too: it is checked like the request's own fields.
            var command = new AddRecordingCommand(
                upload.File,
                request.Kind ?? KindOf(upload.File),
                request.StepId,
                request.Device ?? metadata.Device ?? "",
                request.RecordedAt ?? metadata.RecordedAt ?? throw Missing("recordedAt", "录制时间"),
                request.OfficerId ?? metadata.Officer ?? "",
                request.Continuous,
                caller.UserName,
                clock.GetUtcNow(),
                request.Location ?? metadata.Location);
            return InTenantAsync(caller, tenantId, () => grain.AddRecordingAsync(command));
        });
    }

    public async Task<CaseView> AddEvidenceAsync(CaseCaller caller, string tenantId, string caseId, string uploadId, string stepId, string description)
    {
        await access.RequireWriteAsync(caller, tenantId);
        var grain = Case(tenantId, caseId);
        return await uploads.AttachAsync(tenantId, caller.UserName, uploadId, caseId, upload =>
        {
            RequireUploadKind(upload, EvidenceKinds.Evidence, "证据");
            var command = new AddEvidenceCommand(upload.File, stepId, description, caller.UserName, clock.GetUtcNow());
            return InTenantAsync(caller, tenantId, () => grain.AddEvidenceAsync(command));
        });
    }

    public async Task<CaseDocumentView> IssueDocumentAsync(CaseCaller caller, string tenantId, string caseId, string stepId, string kind, IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        await access.RequireWriteAsync(caller, tenantId);
        var command = new IssueDocumentCommand(stepId, kind, fields, caller.UserName, clock.GetUtcNow());
        return await InTenantAsync(caller, tenantId, () => Case(tenantId, caseId).IssueDocumentAsync(command));
    }

    public async Task<CaseView> AttachSignedCopyAsync(CaseCaller caller, string tenantId, string caseId, string documentId, string uploadId)
    {
        await access.RequireWriteAsync(caller, tenantId);
        var grain = Case(tenantId, caseId);
        return await uploads.AttachAsync(tenantId, caller.UserName, uploadId, caseId, upload =>
        {
            RequireUploadKind(upload, EvidenceKinds.DocumentScan, "文书签收件或扫描件");
            var command = new AttachSignedCopyCommand(documentId, upload.File, caller.UserName, clock.GetUtcNow());
            return InTenantAsync(caller, tenantId, () => grain.AttachSignedCopyAsync(command));
        });
    }

    public async Task<CaseView> RecomputeDeadlinesAsync(CaseCaller caller, string tenantId, string caseId)
    {
        await access.RequireWriteAsync(caller, tenantId);
        return await InTenantAsync(caller, tenantId, () => Case(tenantId, caseId).RecomputeDeadlinesAsync(caller.UserName));
    }

    /// <summary>The agency's officers who may act in <paramref name="category"/> today (China time), as the engine decides.</summary>
    public async Task<IReadOnlyList<Officer>> EligibleOfficersAsync(CaseCaller caller, string tenantId, EnforcementCategory category)
    {
        await access.RequireReadAsync(caller, tenantId);
        return await InTenantAsync(caller, tenantId, () => grains.GetGrain<IOfficerRosterGrain>(tenantId).ListEligibleAsync(category, CaseDates.Today(clock)));
    }

    /// <summary>The agency's 音像记录事项清单, for whoever may see the agency.</summary>
    public async Task<IReadOnlyList<AvItem>> AvItemsAsync(CaseCaller caller, string tenantId)
    {
        await access.RequireReadAsync(caller, tenantId);
        return await InTenantAsync(caller, tenantId, () => grains.GetGrain<IAvItemListGrain>(tenantId).GetAsync());
    }

    /// <summary>Replaces the agency's 音像记录事项清单; for its own administrator only.</summary>
    public async Task<IReadOnlyList<AvItem>> UpdateAvItemsAsync(CaseCaller caller, string tenantId, IReadOnlyList<AvItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        TextArguments.RequireCount(items.Count, "音像记录事项清单");
        var checkedItems = items.Select(i => i with { Description = TextArguments.Accept(TextFields.AvItemDescription, i.Description) }).ToList();
        await access.RequireAdministratorAsync(caller, tenantId);
        return await InTenantAsync(caller, tenantId, () => grains.GetGrain<IAvItemListGrain>(tenantId).SaveAsync(checkedItems, caller.UserName));
    }

    /// <summary>
    /// A file of the case by its SM3 (64 hex digits): a document, its signed copy, a recording or a
    /// piece of evidence. Null when the case does not hold it — a blob of another case, or of no
    /// case, is not reachable through this one.
    /// </summary>
    public async Task<StoredFile?> FindFileAsync(CaseCaller caller, string tenantId, string caseId, string sm3Hex)
    {
        ArgumentNullException.ThrowIfNull(sm3Hex);
        var view = await GetAsync(caller, tenantId, caseId);
        var hash = StoredFile.Sm3Prefix + sm3Hex.ToLowerInvariant();
        return FilesOf(view).FirstOrDefault(f => f.Hash == hash);
    }

    public static IEnumerable<StoredFile> FilesOf(CaseView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        foreach (var document in view.Documents)
        {
            yield return document.File;
            if (document.SignedCopy is { } copy)
            {
                yield return copy;
            }
        }

        foreach (var recording in view.Recordings)
        {
            yield return recording.File;
        }

        foreach (var evidence in view.Evidence)
        {
            yield return evidence.File;
        }
    }

    /// <summary>Runs grain calls on behalf of the request's working tenant, else of the case's.</summary>
    private static Task<T> InTenantAsync<T>(CaseCaller caller, string tenantId, Func<Task<T>> call) =>
        TenantCallContext.RunAsync(caller.WorkingTenantId ?? tenantId, call);

    private ICaseGrain Case(string tenantId, string caseId)
    {
        if (string.IsNullOrWhiteSpace(caseId) || caseId.Contains(GrainKeys.Separator, StringComparison.Ordinal) || !TextInput.Check(TextFields.Id, caseId).IsAccepted)
        {
            throw NotFound(caseId);
        }

        return grains.GetGrain<ICaseGrain>(GrainKeys.For(tenantId, caseId));
    }

    private static SanXiangException NotFound(string caseId) => new(ErrorCodes.CaseNotFound, $"未找到案件“{caseId}”。");

    private static SanXiangException Missing(string field, string label) =>
        new(ErrorCodes.ValidationFailed, $"请填写{label}（{field}）：上传时的元数据中也没有。");

    private static void RequireUploadKind(UploadedFile upload, string kind, string purpose)
    {
        if (upload.Metadata.Kind != kind)
        {
            throw new SanXiangException(ErrorCodes.ValidationFailed, $"文件“{upload.File.FileName}”上传时登记为“{upload.Metadata.Kind}”，不能作为{purpose}；请以类别“{kind}”上传。");
        }
    }

    // A photo, a sound or a film, as the uploader's browser or device declared it.
    private static AvKind KindOf(StoredFile file) => file.MediaType.Split('/')[0] switch
    {
        "image" => AvKind.Photo,
        "audio" => AvKind.Audio,
        "video" => AvKind.Video,
        _ => throw new SanXiangException(ErrorCodes.ValidationFailed, $"无法从文件类型“{file.MediaType}”判断音像记录是照相、录音还是录像，请指明 kind。"),
    };
}
