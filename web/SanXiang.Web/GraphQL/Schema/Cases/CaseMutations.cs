using SanXiang.Plugins;
using SanXiang.Domain.Cases;
using SanXiang.Domain.Cases.Review;
using SanXiang.Silo.Cases;
using SanXiang.Domain.Errors;
using SanXiang.Web.Cases;
using SanXiang.Web.GraphQL.Execution;

namespace SanXiang.Web.GraphQL.Schema.Cases;

public static class CaseMutations
{
    public static async Task<CaseNode> OpenAsync(OpenCaseInput input, GraphQLUserContext caller, CaseService cases)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(cases);
        var request = new OpenCaseRequest(
            input.Title,
            input.Category,
            new CaseParty(input.Party.Name, input.Party.Kind, input.Party.IdCode),
            input.OfficerIds,
            input.Simplified ?? false,
            input.ProposedFine);
        return new CaseNode(await cases.OpenAsync(CaseCallers.From(caller), input.TenantId, request));
    }

    public static async Task<CaseNode> CompleteStepAsync(CompleteStepInput input, GraphQLUserContext caller, CaseService cases)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(cases);
        return new CaseNode(await cases.CompleteStepAsync(CaseCallers.From(caller), input.TenantId, input.CaseId, input.StepId, input.OfficerIds, input.AvOverrideReason));
    }

    public static async Task<CaseNode> SkipStepAsync(SkipStepInput input, GraphQLUserContext caller, CaseService cases)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(cases);
        return new CaseNode(await cases.SkipStepAsync(CaseCallers.From(caller), input.TenantId, input.CaseId, input.StepId, input.Reason));
    }

    public static async Task<CaseNode> ProposeDecisionAsync(ProposeDecisionInput input, GraphQLUserContext caller, CaseService cases)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(cases);
        var request = new ProposalRequest(input.Kinds, input.Fine ?? 0, input.Confiscation ?? 0, input.LegalBasis, input.FactsSummary, input.Complex ?? false);
        return new CaseNode(await cases.ProposeDecisionAsync(CaseCallers.From(caller), input.TenantId, input.CaseId, request));
    }

    public static async Task<CaseNode> RecordReviewOpinionAsync(RecordReviewOpinionInput input, GraphQLUserContext caller, CaseService cases)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(cases);
        var checklist = (input.Checklist ?? []).Select(c => new ReviewCheck(c.Point, c.Finding, c.Note)).ToList();
        return new CaseNode(await cases.RecordReviewOpinionAsync(CaseCallers.From(caller), input.TenantId, input.CaseId, new ReviewOpinionRequest(input.ProposalHash, input.ReviewerId, input.Outcome, input.Reasons, checklist)));
    }

    public static async Task<CaseNode> SubmitForReviewAsync(SubmitForReviewInput input, GraphQLUserContext caller, CaseService cases)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(cases);
        var materials = new ReviewMaterials(input.SituationNote, input.DraftDecision, input.Evidence, input.HearingRecord);
        return new CaseNode(await cases.SubmitForReviewAsync(CaseCallers.From(caller), input.TenantId, input.CaseId, materials));
    }

    public static async Task<CaseNode> RequestSupplementAsync(RequestSupplementInput input, GraphQLUserContext caller, CaseService cases)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(cases);
        var supplyBy = IsoDate.Parse(input.DueDate, "补充材料的期限");
        return new CaseNode(await cases.RequestSupplementAsync(CaseCallers.From(caller), input.TenantId, input.CaseId, input.ReviewerId, input.Items, supplyBy, input.Reason));
    }

    public static async Task<CaseNode> RecordCollectiveDiscussionAsync(RecordCollectiveDiscussionInput input, GraphQLUserContext caller, CaseService cases)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(cases);
        var request = new CollectiveDiscussionRequest(
            input.ProposalHash,
            IsoDate.Parse(input.HeldOn, "讨论日期"),
            input.HandlerOpinion,
            [.. (input.Attendees ?? []).Select(a => new DiscussionAttendee(a.Name, a.Role, a.Opinion))],
            input.Decision,
            input.Conclusion);
        return new CaseNode(await cases.RecordCollectiveDiscussionAsync(CaseCallers.From(caller), input.TenantId, input.CaseId, request));
    }

    public static async Task<CaseNode> ExtendReviewTimeLimitAsync(ExtendReviewTimeLimitInput input, GraphQLUserContext caller, CaseService cases)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(cases);
        return new CaseNode(await cases.ExtendReviewTimeLimitAsync(CaseCallers.From(caller), input.TenantId, input.CaseId, input.Days, input.Reason));
    }

    public static async Task<CaseNode> AddRecordingAsync(AddRecordingInput input, GraphQLUserContext caller, CaseService cases)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(cases);
        var request = new RecordingRequest(
            input.UploadId,
            input.StepId,
            input.Kind,
            input.Device,
            IsoTime.Parse(input.RecordedAt, "recordedAt"),
            input.OfficerId,
            input.Continuous ?? false,
            ParseLocation(input.Location));
        return new CaseNode(await cases.AddRecordingAsync(CaseCallers.From(caller), input.TenantId, input.CaseId, request));
    }

    public static async Task<CaseNode> AddEvidenceAsync(AddEvidenceInput input, GraphQLUserContext caller, CaseService cases)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(cases);
        return new CaseNode(await cases.AddEvidenceAsync(CaseCallers.From(caller), input.TenantId, input.CaseId, input.UploadId, input.StepId, input.Description));
    }

    public static async Task<CaseDocumentNode> IssueDocumentAsync(IssueDocumentInput input, GraphQLUserContext caller, CaseService cases)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(cases);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in input.Fields)
        {
            if (!fields.TryAdd(field.Name, field.Value))
            {
                throw new SanXiangException(ErrorCodes.ValidationFailed, $"字段“{field.Name}”填写了不止一次。");
            }
        }

        var document = await cases.IssueDocumentAsync(CaseCallers.From(caller), input.TenantId, input.CaseId, input.StepId, input.Kind, fields);
        return new CaseDocumentNode(input.TenantId, input.CaseId, document);
    }

    public static async Task<CaseNode> AttachSignedCopyAsync(AttachSignedCopyInput input, GraphQLUserContext caller, CaseService cases)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(cases);
        return new CaseNode(await cases.AttachSignedCopyAsync(CaseCallers.From(caller), input.TenantId, input.CaseId, input.DocumentId, input.UploadId));
    }

    public static async Task<CaseNode> RecomputeDeadlinesAsync(string tenantId, string caseId, GraphQLUserContext caller, CaseService cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return new CaseNode(await cases.RecomputeDeadlinesAsync(CaseCallers.From(caller), tenantId, caseId));
    }

    public static async Task<IEnumerable<AvItemNode>> UpdateAvItemsAsync(string tenantId, IReadOnlyList<AvItemInput> items, GraphQLUserContext caller, CaseService cases)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(cases);
        var list = items.Select(i => new AvItem(i.Step, i.Description, i.Kinds, i.Continuous, i.OverrideAllowed)).ToList();
        return (await cases.UpdateAvItemsAsync(CaseCallers.From(caller), tenantId, list)).Select(i => new AvItemNode(i));
    }

    // The same form and check as the upload's metadata (RecordingLocation.Parse), answered as a field problem.
    private static RecordingLocation? ParseLocation(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return RecordingLocation.Parse(text, out var problem)
            ?? throw new SanXiangException(ErrorCodes.ValidationFailed, problem!, [new FieldProblem("location", problem!)]);
    }
}
