using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQLParser.AST;

namespace SanXiang.Web.GraphQL.Execution;

/// <summary>
/// Applies <see cref="GraphQLLimits"/> with a code per limit. graphql-dotnet's own
/// <c>MaxDepth</c>/<c>MaxComplexity</c> report both as one generic error, so they stay unset and
/// this delegate decides: depth first, because a deep query is also a costly one and the depth is
/// what the client has to change.
/// </summary>
public static class QueryComplexityLimits
{
    public static void Configure(ComplexityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.DefaultListImpactMultiplier = GraphQLLimits.ListMultiplier;
        options.ValidateComplexityDelegate = context =>
        {
            context.Error = Check(context);
            return Task.CompletedTask;
        };
    }

    private static ValidationError? Check(ComplexityValidationContext context)
    {
        var introspection = IsIntrospection(context.ValidationContext.Operation);
        var maxDepth = introspection ? GraphQLLimits.IntrospectionMaxDepth : GraphQLLimits.MaxDepth;
        if (context.MaxDepth > maxDepth)
        {
            return new ValidationError($"查询嵌套 {context.MaxDepth} 层，超过上限 {maxDepth} 层。") { Code = GraphQLErrorCodes.QueryTooDeep };
        }

        if (!introspection && context.TotalImpact > GraphQLLimits.MaxComplexity)
        {
            return new ValidationError($"查询复杂度约为 {context.TotalImpact:0}，超过上限 {GraphQLLimits.MaxComplexity}，请减少字段或嵌套的列表。") { Code = GraphQLErrorCodes.QueryTooComplex };
        }

        return null;
    }

    private static bool IsIntrospection(GraphQLOperationDefinition operation) =>
        operation.Operation == OperationType.Query
        && operation.SelectionSet.Selections.All(s => s is GraphQLField { Name.StringValue: "__schema" or "__type" or "__typename" });
}
