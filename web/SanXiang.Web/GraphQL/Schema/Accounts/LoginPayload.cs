using GraphQL;

namespace SanXiang.Web.GraphQL.Schema.Accounts;

/// <summary>A bearer token for the <c>Authorization: Bearer …</c> header, and when it stops working (ISO 8601, UTC).</summary>
[Name("LoginPayload")]
public sealed record LoginPayload(string Token, string ExpiresAt);
