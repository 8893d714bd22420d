using GraphQL;

namespace SanXiang.Web.GraphQL.Schema.Tenants;

/// <summary>The saved tenant, and a warning (Chinese) when the credit code's check character does not match.</summary>
[Name("UpdateTenantProfilePayload")]
public sealed record UpdateTenantProfilePayload(TenantNode Tenant, string? CreditCodeWarning);
