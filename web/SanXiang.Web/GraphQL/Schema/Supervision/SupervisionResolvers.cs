using SanXiang.Domain.Plans;
using SanXiang.Domain.Supervision;
using SanXiang.Web.GraphQL.Execution;
using SanXiang.Web.GraphQL.Schema.Cases;
using SanXiang.Web.Supervision;

namespace SanXiang.Web.GraphQL.Schema.Supervision;

public static class SupervisionResolvers
{
    public static async Task<InspectionNode> CreateInspectionAsync(CreateInspectionInput input, GraphQLUserContext caller, SupervisionService supervision)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(supervision);
        return new(await supervision.CreateInspectionAsync(CaseCallers.From(caller), input.TenantId, input.AgencyId, input.Title, input.PassingMark));
    }

    public static async Task<InspectionNode> ScoreCaseFileAsync(ScoreCaseFileInput input, GraphQLUserContext caller, SupervisionService supervision)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(supervision);
        var request = new ScoreCaseFileRequest(input.CaseTenantId, input.CaseId, input.Vetoes, [.. input.Scores.Select(s => new ItemScore(s.ItemId, s.Points))], input.Note);
        return new(await supervision.ScoreCaseFileAsync(CaseCallers.From(caller), input.TenantId, input.InspectionId, request));
    }

    public static async Task<InspectionNode> RecordFindingAsync(RecordInspectionFindingInput input, GraphQLUserContext caller, SupervisionService supervision)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(supervision);
        return new(await supervision.RecordFindingAsync(CaseCallers.From(caller), input.TenantId, input.InspectionId, input.Text));
    }

    public static async Task<InspectionNode> CreateRectificationAsync(CreateRectificationInput input, GraphQLUserContext caller, SupervisionService supervision)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(supervision);
        var deadline = IsoDate.Parse(input.Deadline, "整改期限");
        return new(await supervision.CreateRectificationAsync(
            CaseCallers.From(caller), input.TenantId, input.InspectionId, input.FindingId, input.Problem, input.ResponsibleAgencyId, deadline));
    }

    public static async Task<InspectionNode> SubmitEvidenceAsync(SubmitRectificationEvidenceInput input, GraphQLUserContext caller, SupervisionService supervision)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(supervision);
        PlanEvidence[] evidence = [.. input.Evidence.Select(e => new PlanEvidence(e.Title, e.DocumentNumber))];
        return new(await supervision.SubmitEvidenceAsync(CaseCallers.From(caller), input.TenantId, input.InspectionId, input.TaskId, input.Note, evidence));
    }

    public static async Task<InspectionNode> ReviewAsync(ReviewRectificationInput input, GraphQLUserContext caller, SupervisionService supervision)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(supervision);
        return new(await supervision.ReviewRectificationAsync(CaseCallers.From(caller), input.TenantId, input.InspectionId, input.TaskId, input.Accept, input.Remark));
    }

    public static async Task<InspectionNode> RecordAccountabilityAsync(RecordAccountabilityInput input, GraphQLUserContext caller, SupervisionService supervision)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(supervision);
        return new(await supervision.HoldAccountableAsync(
            CaseCallers.From(caller), input.TenantId, input.InspectionId, input.TaskId, input.Person, input.Measure, input.Reason));
    }

    public static async Task<InspectionNode> IssueNoticeAsync(IssueRectificationNoticeInput input, GraphQLUserContext caller, SupervisionService supervision)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(supervision);
        return new(await supervision.IssueNoticeAsync(CaseCallers.From(caller), input.TenantId, input.InspectionId, input.TaskId, input.DocumentNumber, input.Note));
    }

    public static async Task<IEnumerable<InspectionSummaryNode>> InspectionsAsync(string tenantId, GraphQLUserContext caller, SupervisionService supervision)
    {
        ArgumentNullException.ThrowIfNull(supervision);
        var list = await supervision.InspectionsAsync(CaseCallers.From(caller), tenantId);
        var names = await supervision.AgencyNamesAsync(list.SelectMany(i => new[] { i.DepartmentId, i.AgencyId }));
        return list.Select(i => new InspectionSummaryNode(i, id => names.GetValueOrDefault(id) ?? id));
    }

    public static async Task<IEnumerable<RectificationSummaryNode>> RectificationsAsync(string tenantId, bool? overdue, GraphQLUserContext caller, SupervisionService supervision)
    {
        ArgumentNullException.ThrowIfNull(supervision);
        var listing = await supervision.RectificationsAsync(CaseCallers.From(caller), tenantId, overdue == true);
        return listing.Tasks.Select(t => new RectificationSummaryNode(t, listing));
    }
}
