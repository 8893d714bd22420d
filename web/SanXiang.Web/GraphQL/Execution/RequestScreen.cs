using System.Text.RegularExpressions;
using GraphQL.Transport;
using GraphQLParser.AST;

namespace SanXiang.Web.GraphQL.Execution;

/// <summary>
/// The limits a request must keep before graphql-dotnet sees it (<see cref="GraphQLLimits"/>), for
/// anonymous and signed-in callers alike: the text's length, the operation name, the document's
/// size with its fragments expanded, and one <c>login</c> per request. None of the answers repeats
/// what the client sent.
/// </summary>
public static partial class RequestScreen
{
    /// <summary>Checks that need no parsing: the query text and the operation name.</summary>
    public static GraphQLProblem? BeforeParsing(GraphQLRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Query!.Length > GraphQLLimits.MaxQueryLength)
        {
            return new GraphQLProblem(StatusCodes.Status413PayloadTooLarge, GraphQLErrorCodes.QueryTooLong, $"查询语句超过 {GraphQLLimits.MaxQueryLength} 个字符。");
        }

        if (request.OperationName is { } name && (name.Length > GraphQLLimits.MaxOperationNameLength || !Name().IsMatch(name)))
        {
            return new GraphQLProblem(StatusCodes.Status400BadRequest, GraphQLErrorCodes.BadRequest, $"operationName 不是有效的操作名称：应由字母、数字和下划线组成，不以数字开头，最多 {GraphQLLimits.MaxOperationNameLength} 个字符。");
        }

        return null;
    }

    /// <summary>Checks on the parsed document, before validation walks it.</summary>
    public static GraphQLProblem? BeforeValidation(GraphQLDocument document, GraphQLOperationDefinition? operation)
    {
        ArgumentNullException.ThrowIfNull(document);
        var selections = DocumentSize.Selections(document);
        if (selections > GraphQLLimits.MaxSelections)
        {
            var count = selections >= DocumentSize.Unbounded ? "无穷多（片段循环引用）" : $" {selections} 个";
            return new GraphQLProblem(StatusCodes.Status400BadRequest, GraphQLErrorCodes.QueryTooLarge, $"查询展开片段后共有{count}字段，超过上限 {GraphQLLimits.MaxSelections} 个，请减少字段或片段的重复引用。");
        }

        if (operation is { Operation: OperationType.Mutation } && DocumentSize.Logins(document, operation) > GraphQLLimits.MaxLoginsPerRequest)
        {
            return new GraphQLProblem(StatusCodes.Status400BadRequest, GraphQLErrorCodes.LoginOncePerRequest, "每个请求只能登录一次（login 不能重复或使用别名多次调用）。");
        }

        return null;
    }

    [GeneratedRegex("^[_A-Za-z][_0-9A-Za-z]*$")]
    private static partial Regex Name();
}
