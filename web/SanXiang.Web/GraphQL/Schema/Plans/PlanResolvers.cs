using SanXiang.Domain.Plans;
using SanXiang.Web.GraphQL.Execution;
using SanXiang.Web.GraphQL.Schema.Cases;
using SanXiang.Web.Plans;

namespace SanXiang.Web.GraphQL.Schema.Plans;

public static class PlanResolvers
{
    public static async Task<PlanNode> FileDeliverableAsync(FileDeliverableInput input, GraphQLUserContext caller, PlanService plans)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(plans);
        return new PlanNode(await plans.FileDeliverableAsync(CaseCallers.From(caller), input.TenantId, input.Deliverable, input.Note, Evidence(input.Evidence)));
    }

    public static async Task<PlanNode> ReviewDeliverableAsync(ReviewDeliverableInput input, GraphQLUserContext caller, PlanService plans)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(plans);
        return new PlanNode(await plans.ReviewDeliverableAsync(CaseCallers.From(caller), input.TenantId, input.Deliverable, input.Approve, input.Remark));
    }

    public static async Task<PlanNode> UpdateLedgerTaskAsync(UpdateLedgerTaskInput input, GraphQLUserContext caller, PlanService plans)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(plans);
        return new PlanNode(await plans.ReportLedgerTaskAsync(CaseCallers.From(caller), input.TenantId, input.TaskId, input.Note, Evidence(input.Evidence), input.Completes));
    }

    private static PlanEvidence[] Evidence(IReadOnlyList<PlanEvidenceInput>? items) =>
        [.. (items ?? []).Select(e => new PlanEvidence(e.Title, e.DocumentNumber))];
}
