using GraphQL;
using IdAttribute = GraphQL.IdAttribute;

namespace SanXiang.Web.GraphQL.Schema.Tenants;

/// <summary>
/// The parts of a profile an administrator keeps up to date. Level, sector and parent are left
/// out: they decide who supervises whom, and so who may see the agency.
/// Null leaves a field as it is; an empty credit code clears it.
/// </summary>
[Name("UpdateTenantProfileInput")]
public sealed class UpdateTenantProfileInput
{
    [Id]
    public string Id { get; set; } = "";

    public string? Name { get; set; }

    public string? RegionCode { get; set; }

    public string? CreditCode { get; set; }
}
