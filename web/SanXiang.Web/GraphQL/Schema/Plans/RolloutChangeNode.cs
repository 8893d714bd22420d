using GraphQL;
using IdAttribute = GraphQL.IdAttribute;
using SanXiang.Silo.Plans;
using SanXiang.Web.GraphQL.Schema.Cases;
using SanXiang.Web.Plans;

namespace SanXiang.Web.GraphQL.Schema.Plans;

/// <summary>A change in the roll-out of the watched department or of an agency below it.</summary>
[Name("RolloutChange")]
public sealed class RolloutChangeNode(RolloutChange change, string watchedTenantId)
{
    /// <summary>The agency whose plan changed.</summary>
    [Id]
    public string TenantId => change.TenantId;

    public string At => IsoTime.Format(change.At);

    /// <summary>The watched department's rollup as it stands after the change.</summary>
    public async Task<RollupNode> RollupAsync([FromUserContext] Execution.GraphQLUserContext caller, [FromServices] PlanService plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        return new RollupNode(await plans.RollupAsync(CaseCallers.From(caller), watchedTenantId));
    }
}
