using SanXiang.Silo.Supervision;
using SanXiang.Web.GraphQL.Execution;
using SanXiang.Web.GraphQL.Schema.Cases;
using SanXiang.Web.GraphQL.Schema.Paging;
using SanXiang.Web.Supervision;

namespace SanXiang.Web.GraphQL.Schema.Supervision;

public static class FindingResolvers
{
    public static async Task<FindingConnectionNode> ListAsync(string tenantId, string? model, FindingStatus? status, int? first, string? after, GraphQLUserContext caller, FindingService findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return new FindingConnectionNode(await findings.ListAsync(CaseCallers.From(caller), tenantId, model, status ?? FindingStatus.Open, PageSize.Resolve(first), after));
    }

    public static async Task<FindingNode> DismissAsync(string tenantId, string findingId, string? reason, GraphQLUserContext caller, FindingService findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return new FindingNode(await findings.DismissAsync(CaseCallers.From(caller), tenantId, findingId, reason));
    }

    public static async Task<RectificationNode> ConvertAsync(ConvertFindingInput input, GraphQLUserContext caller, SupervisionService supervision)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(supervision);
        var deadline = IsoDate.Parse(input.Deadline, "整改期限");
        var converted = await supervision.ConvertFindingAsync(
            CaseCallers.From(caller), input.TenantId, input.FindingId, input.InspectionId, input.ResponsibleAgencyId, deadline, input.Problem);
        return new RectificationNode(converted.Task, converted.Standing);
    }

    public static async Task<IEnumerable<ModelSwitchNode>> SwitchAsync(string tenantId, string model, bool enabled, string? reason, GraphQLUserContext caller, FindingService findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return (await findings.SwitchModelAsync(CaseCallers.From(caller), tenantId, model, enabled, reason)).Select(s => new ModelSwitchNode(s));
    }
}
