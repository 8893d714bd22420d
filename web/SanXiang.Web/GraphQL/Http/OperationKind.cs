using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace SanXiang.Web.GraphQL.Http;

/// <summary>Parses the document ahead of execution so that the HTTP layer can tell what kind of operation it holds and how large it is.</summary>
public static class OperationKind
{
    /// <summary>The parsed document (null if it does not parse: the executor reports that) and the selected operation, if it can be told.</summary>
    public static (GraphQLDocument? Document, GraphQLOperationDefinition? Operation) Inspect(string query, string? operationName)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLParserException)
        {
            return (null, null);
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var selected = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return (document, selected);
    }
}
