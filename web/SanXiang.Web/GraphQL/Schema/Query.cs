using GraphQL;
using SanXiang.Silo.Sectors;
using SanXiang.Web.GraphQL.Execution;
using SanXiang.Web.GraphQL.Schema.Sectors;
using SanXiang.Web.GraphQL.Schema.Tenants;
using SanXiang.Web.Sectors;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema;

public sealed class Query
{
    /// <summary>The agencies the caller may see: the platform administrator all of them, others their own and those below.</summary>
    public static async Task<IEnumerable<TenantNode>> TenantsAsync([FromUserContext] GraphQLUserContext caller, [FromServices] TenantReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return (await reader.ListVisibleAsync(caller)).Select(p => new TenantNode(p));
    }

    /// <summary>Nullable, so that an unknown or forbidden id leaves the other root fields of the response intact.</summary>
    public static async Task<TenantNode?> TenantAsync([Id] string id, [FromUserContext] GraphQLUserContext caller, [FromServices] TenantReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new TenantNode(await reader.GetVisibleAsync(caller, id));
    }

    /// <summary>The sectors of the plugins this host loaded; a skipped plugin is not listed (see /health and the console's /plugins page).</summary>
    public static IEnumerable<SectorNode> Sectors([FromServices] ISectorRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry.Plugins.Select(p => new SectorNode(p.Plugin));
    }

    /// <summary>Renders a document format with its fields' sample values and returns where to download it.</summary>
    public static async Task<SampleDocumentNode> SectorDocumentAsync([Id] string sectorId, string kind, [FromServices] SampleDocuments samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        return new SampleDocumentNode(await samples.RenderAsync(sectorId, kind));
    }
}
