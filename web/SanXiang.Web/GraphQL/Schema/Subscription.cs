using GraphQL;
using SanXiang.Silo.Agencies;
using SanXiang.Web.GraphQL.Execution;
using SanXiang.Web.GraphQL.Schema.Tenants;
using SanXiang.Web.GraphQL.Subscriptions;
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
}
