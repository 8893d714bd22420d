namespace SanXiang.Web.GraphQL;

/// <summary>
/// What one request may ask for. The deepest real query is <c>tenant.plan.ledgerTasks.*</c>
/// (depth 4); only <c>children</c> nests without end, so depth 12 leaves room for an eight-level
/// agency tree while stopping recursive abuse. Complexity counts fields, each list multiplying its
/// children by <see cref="ListMultiplier"/>: the full <c>tenant(id:)</c> view costs about 250,
/// <c>tenants</c> with one level of children about 800.
/// </summary>
public static class GraphQLLimits
{
    public const int MaxDepth = 12;

    public const int MaxComplexity = 2000;

    public const int ListMultiplier = 10;

    /// <summary>
    /// Characters of query text. The full <c>tenant(id:)</c> view is under 400 and GraphiQL's
    /// schema query a few thousand; the cap keeps an anonymous client from making the server parse
    /// megabytes before sign-in is even checked.
    /// </summary>
    public const int MaxQueryLength = 20_000;

    /// <summary>
    /// An operation that only introspects (GraphiQL's schema query nests <c>ofType</c> seven
    /// levels) reads the schema, not the data: its complexity is not counted, only its depth capped.
    /// </summary>
    public const int IntrospectionMaxDepth = 20;
}
