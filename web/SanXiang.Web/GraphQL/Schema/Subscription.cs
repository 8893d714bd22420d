using GraphQL;
using SanXiang.Silo.Agencies;
using SanXiang.Silo.Plans;
using SanXiang.Web.GraphQL.Execution;
using SanXiang.Web.GraphQL.Schema.Cases;
using SanXiang.Web.GraphQL.Schema.Plans;
using SanXiang.Web.GraphQL.Schema.Tenants;
using SanXiang.Web.GraphQL.Subscriptions;
using SanXiang.Web.Plans;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema;

/// <summary>Served over server-sent events at <c>/graphql</c> (<c>Accept: text/event-stream</c>).</summary>
public sealed class Subscription
{
    /// <summary>The tenant each time its profile is saved. Access is checked once, when subscribing.</summary>
    public static async Task<IObservable<TenantNode>> TenantChangedAsync(
        [Id] string id,
        [FromUserContext] GraphQLUserContext caller,
        [FromServices] TenantReader reader,
        [FromServices] TenantChangeFeed feed)
    {
        ArgumentNullException.ThrowIfNull(reader);
        await reader.GetVisibleAsync(caller, id);
        return new FilteredObservable<AgencyProfile, TenantNode>(feed, p => p.Id == id, p => new TenantNode(p));
    }

    /// <summary>
    /// Each change in the roll-out of the department or of any agency below it (a filing, an answer, a report), made
    /// through any process of the cluster: it travels on an Orleans stream. Access is checked once, when subscribing.
    /// </summary>
    public static async Task<IObservable<RolloutChangeNode>> RolloutChangedAsync(
        [Id] string tenantId,
        [FromUserContext] GraphQLUserContext caller,
        [FromServices] PlanService plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var who = CaseCallers.From(caller);
        var changes = await WatchedObservable<RolloutChange>.StartAsync(onChange => plans.WatchAsync(who, tenantId, onChange));
        return new FilteredObservable<RolloutChange, RolloutChangeNode>(changes, _ => true, c => new RolloutChangeNode(c, tenantId));
    }
}
