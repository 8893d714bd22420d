using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using SanXiang.Web.GraphQL.Execution;

namespace SanXiang.Web.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP (graphql-over-http spec): POST with a JSON body for anything, GET for queries
/// (and event-stream subscriptions) only, so that a link or an image tag can never change data. Answers in
/// <c>application/graphql-response+json</c> when asked (then a request that never ran gets a 4xx),
/// otherwise in <c>application/json</c> with 200. Every limit is checked before graphql-dotnet sees
/// the request (<see cref="RequestScreen"/>); what runs is cancelled when the client leaves, when
/// the host stops and after <see cref="GraphQLOptions.TimeLimit"/>.
/// </summary>
public sealed class GraphQLHttpEndpoint(
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    GraphQLRequestReader reader,
    GraphQLUserContextBuilder contexts,
    ServerSentEventsResponder sse,
    IOptions<GraphQLOptions> settings,
    IHostApplicationLifetime lifetime)
{
    public async Task HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var isGet = HttpMethods.IsGet(http.Request.Method);
        if (!isGet && !GraphQLMediaTypes.IsJsonBody(http.Request))
        {
            // Only JSON bodies: a cross-site HTML form cannot send one, which keeps cookie-signed-in
            // browsers safe from forged mutations.
            await WriteProblemAsync(http, new GraphQLProblem(StatusCodes.Status415UnsupportedMediaType, GraphQLErrorCodes.UnsupportedMediaType, "请求体须为 application/json。"));
            return;
        }

        var tooLarge = new GraphQLProblem(StatusCodes.Status413PayloadTooLarge, GraphQLErrorCodes.RequestTooLarge, $"请求体超过 {GraphQLLimits.MaxRequestBytes / 1024 / 1024} MiB。");
        if (http.Request.ContentLength > GraphQLLimits.MaxRequestBytes)
        {
            await WriteProblemAsync(http, tooLarge);
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            bodyLimit.MaxRequestBodySize = GraphQLLimits.MaxRequestBytes;
        }

        GraphQLRequest? request;
        string? unreadable;
        try
        {
            (request, unreadable) = await reader.ReadAsync(http.Request);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await WriteProblemAsync(http, tooLarge);
            return;
        }

        if (request is null)
        {
            await WriteProblemAsync(http, new GraphQLProblem(StatusCodes.Status400BadRequest, GraphQLErrorCodes.BadRequest, unreadable!));
            return;
        }

        if (RequestScreen.BeforeParsing(request) is { } refused)
        {
            await WriteProblemAsync(http, refused);
            return;
        }

        var (document, operation) = OperationKind.Inspect(request.Query!, request.OperationName);
        if (document is not null && RequestScreen.BeforeValidation(document, operation) is { } tooBig)
        {
            await WriteProblemAsync(http, tooBig);
            return;
        }

        var type = operation?.Operation;
        var eventStream = GraphQLMediaTypes.Accepts(http.Request, GraphQLMediaTypes.EventStream);

        // A subscription may come by GET when it asks for an event stream: a browser's EventSource
        // can only GET, and subscribing changes nothing.
        if (isGet && (type is OperationType.Mutation || (type is OperationType.Subscription && !eventStream)))
        {
            http.Response.Headers.Allow = "POST";
            await WriteProblemAsync(http, new GraphQLProblem(StatusCodes.Status405MethodNotAllowed, GraphQLErrorCodes.MethodNotAllowed, "GET 请求只能执行查询；修改数据请使用 POST。"));
            return;
        }

        if (type is OperationType.Subscription && !eventStream)
        {
            await WriteProblemAsync(http, new GraphQLProblem(StatusCodes.Status406NotAcceptable, GraphQLErrorCodes.BadRequest, "订阅须以 Accept: text/event-stream 请求。"));
            return;
        }

        // The client leaving and the host stopping end any operation; a query or mutation also
        // ends at the time limit. A subscription lives as long as its client wants.
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
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
            CancellationToken = ended.Token,
            Timeout = type is OperationType.Subscription ? Timeout.InfiniteTimeSpan : settings.Value.TimeLimit,
            TimeoutAction = TimeoutAction.ThrowTimeoutException,
        };

        ExecutionResult result;
        try
        {
            if (eventStream)
            {
                await sse.RespondAsync(http, options, settings.Value.MaxResponseBytes);
                return;
            }

            result = await executer.ExecuteAsync(options);
        }
        catch (TimeoutException)
        {
            await WriteProblemAsync(http, new GraphQLProblem(StatusCodes.Status503ServiceUnavailable, GraphQLErrorCodes.QueryTimeout, $"执行超过 {settings.Value.TimeLimit.TotalSeconds:0} 秒，已中止；请缩小查询范围后重试。"));
            return;
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            await WriteProblemAsync(http, new GraphQLProblem(StatusCodes.Status503ServiceUnavailable, GraphQLErrorCodes.ServerStopping, "服务器正在停止，请稍后重试。"));
            return;
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client left: nobody to answer.
            return;
        }

        ErrorMessages.Bound(result);
        var mediaType = GraphQLMediaTypes.ResponseTypeFor(http.Request);
        await using var body = new CappedBuffer(settings.Value.MaxResponseBytes);
        try
        {
            await serializer.WriteAsync(body, result, http.RequestAborted);
        }
        catch (ResponseTooLargeException)
        {
            await WriteProblemAsync(http, TooLargeAnswer(StatusCodes.Status200OK, settings.Value.MaxResponseBytes));
            return;
        }

        http.Response.StatusCode = mediaType == GraphQLMediaTypes.GraphQLResponse && !result.Executed
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        http.Response.ContentLength = body.Length;
        body.Position = 0;
        await body.CopyToAsync(http.Response.Body, http.RequestAborted);
    }

    /// <summary>The answer in place of one larger than the limit: a mutation has still taken effect.</summary>
    public static GraphQLProblem TooLargeAnswer(int status, long limit) =>
        new(status, GraphQLErrorCodes.ResponseTooLarge, $"响应超过 {limit / 1024.0 / 1024.0:0.#} MiB 的上限，未予发送（若为修改操作，修改已生效）；请减少字段、别名或列表范围后重新查询。");

    private async Task WriteProblemAsync(HttpContext http, GraphQLProblem problem)
    {
        http.Response.StatusCode = problem.Status;
        http.Response.ContentType = GraphQLMediaTypes.ResponseTypeFor(http.Request) + "; charset=utf-8";
        var result = new ExecutionResult { Errors = [new ExecutionError(problem.Message) { Code = problem.Code }] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
