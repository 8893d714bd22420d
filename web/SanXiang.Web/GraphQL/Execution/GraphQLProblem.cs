namespace SanXiang.Web.GraphQL.Execution;

/// <summary>Why a request is refused before it runs: the HTTP status, the stable code and the Chinese message.</summary>
public sealed record GraphQLProblem(int Status, string Code, string Message);
