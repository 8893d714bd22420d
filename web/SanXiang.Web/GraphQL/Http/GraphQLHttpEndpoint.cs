using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using SanXiang.Web.GraphQL.Execution;

namespace SanXiang.Web.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP (graphql-over-http spec): POST with a JSON body for anything, GET for queries
/// (and event-stream subscriptions) only, so that a link or an image tag can never change data. Answers in
/// <c>application/graphql-response+json</c> when asked (then a request that never ran gets a 4xx),
/// otherwise in <c>application/json</c> with 200.
/// </summary>
public sealed class GraphQLHttpEndpoint(
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    GraphQLRequestReader reader,
    GraphQLUserContextBuilder contexts,
    ServerSentEventsResponder sse)
{
    public async Task HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var isGet = HttpMethods.IsGet(http.Request.Method);
        if (!isGet && !GraphQLMediaTypes.IsJsonBody(http.Request))
        {
            // Only JSON bodies: a cross-site HTML form cannot send one, which keeps cookie-signed-in
            // browsers safe from forged mutations.
            await WriteProblemAsync(http, StatusCodes.Status415UnsupportedMediaType, GraphQLErrorCodes.UnsupportedMediaType, "请求体须为 application/json。");
            return;
        }

        var (request, problem) = await reader.ReadAsync(http.Request);
        if (request is null)
        {
            await WriteProblemAsync(http, StatusCodes.Status400BadRequest, GraphQLErrorCodes.BadRequest, problem!);
            return;
        }

        if (request.Query!.Length > GraphQLLimits.MaxQueryLength)
        {
            await WriteProblemAsync(http, StatusCodes.Status413PayloadTooLarge, GraphQLErrorCodes.QueryTooLong, $"查询语句超过 {GraphQLLimits.MaxQueryLength} 个字符。");
            return;
        }

        var (document, type) = OperationKind.Inspect(request.Query, request.OperationName);
        var eventStream = GraphQLMediaTypes.Accepts(http.Request, GraphQLMediaTypes.EventStream);

        // A subscription may come by GET when it asks for an event stream: a browser's EventSource
        // can only GET, and subscribing changes nothing.
        if (isGet && (type is OperationType.Mutation || (type is OperationType.Subscription && !eventStream)))
        {
            http.Response.Headers.Allow = "POST";
            await WriteProblemAsync(http, StatusCodes.Status405MethodNotAllowed, GraphQLErrorCodes.MethodNotAllowed, "GET 请求只能执行查询；修改数据请使用 POST。");
            return;
        }

        var options = new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            UserContext = contexts.Build(http),
            User = http.User,
            RequestServices = http.RequestServices,
            CancellationToken = http.RequestAborted,
        };

        if (eventStream)
        {
            await sse.RespondAsync(http, options);
            return;
        }

        if (type is OperationType.Subscription)
        {
            await WriteProblemAsync(http, StatusCodes.Status406NotAcceptable, GraphQLErrorCodes.BadRequest, "订阅须以 Accept: text/event-stream 请求。");
            return;
        }

        var result = await executer.ExecuteAsync(options);
        var mediaType = GraphQLMediaTypes.ResponseTypeFor(http.Request);
        http.Response.StatusCode = mediaType == GraphQLMediaTypes.GraphQLResponse && !result.Executed
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private async Task WriteProblemAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = GraphQLMediaTypes.ResponseTypeFor(http.Request) + "; charset=utf-8";
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
