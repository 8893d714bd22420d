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
    /// Fields in the whole document with every fragment spread counted as the fields it expands to.
    /// graphql-dotnet's validation and complexity analysis expand fragments as they go, so 27 nested
    /// fragments of two spreads each (1 445 characters) cost 2^27 visits before any limit is
    /// checked; this is counted first, in time linear in the text. GraphiQL's schema query expands to
    /// 372 fields (its operation and its three fragments, each counted), the full <c>tenant(id:)</c>
    /// view to under 100; the cap also bounds the pairs graphql-dotnet compares when it checks that
    /// fields can be merged.
    /// </summary>
    public const int MaxSelections = 1_000;

    /// <summary>Mutations may sign in once per request: 50 aliases of <c>login</c> were 50 guesses for the price of one.</summary>
    public const int MaxLoginsPerRequest = 1;

    /// <summary>A GraphQL name (<c>/[_A-Za-z][_0-9A-Za-z]*/</c>) of at most this many characters.</summary>
    public const int MaxOperationNameLength = 128;

    /// <summary>
    /// Bytes of request body: an officer file (5 MiB, OfficerFileReader.MaxBytes) in base64 with room
    /// to spare. Anything larger is refused before it is read.
    /// </summary>
    public const long MaxRequestBytes = 8L * 1024 * 1024;

    /// <summary>
    /// An operation that only introspects (GraphiQL's schema query nests <c>ofType</c> seven
    /// levels) reads the schema, not the data: its complexity is not counted, only its depth capped.
    /// </summary>
    public const int IntrospectionMaxDepth = 20;
}
