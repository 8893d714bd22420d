using System.Text.Json;
using GraphQL;
using GraphQL.Transport;

namespace SanXiang.Web.GraphQL.Http;

/// <summary>Reads a GraphQL request from a JSON body (POST) or from the query string (GET).</summary>
public sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer)
{
    /// <summary>The request, or a Chinese reason why the HTTP request is not one.</summary>
    public async Task<(GraphQLRequest? Request, string? Problem)> ReadAsync(HttpRequest http)
    {
        ArgumentNullException.ThrowIfNull(http);
        try
        {
            var request = HttpMethods.IsGet(http.Method)
                ? FromQueryString(http.Query)
                : await serializer.ReadAsync<GraphQLRequest>(http.Body, http.HttpContext.RequestAborted);
            return string.IsNullOrWhiteSpace(request?.Query) ? (null, "请求中缺少 query。") : (request, null);
        }
        catch (JsonException)
        {
            return (null, "请求不是有效的 JSON（POST 的请求体，或 GET 的 variables、extensions 参数）。");
        }
    }

    private GraphQLRequest FromQueryString(IQueryCollection query) => new()
    {
        Query = query["query"].ToString(),
        OperationName = query["operationName"].ToString() is { Length: > 0 } name ? name : null,
        Variables = query["variables"].ToString() is { Length: > 0 } variables ? serializer.Deserialize<Inputs>(variables) : null,
        Extensions = query["extensions"].ToString() is { Length: > 0 } extensions ? serializer.Deserialize<Inputs>(extensions) : null,
    };
}
