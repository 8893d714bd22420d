using System.Text;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Types;
using SanXiang.Web.GraphQL.Execution;

namespace SanXiang.Web.GraphQL.Http;

/// <summary>
/// GraphQL over server-sent events, "distinct connections" mode of the graphql-sse protocol: one
/// HTTP response per operation, a <c>next</c> event per result and a <c>complete</c> event at the
/// end. Queries and mutations answer once; subscriptions stream until the client goes away or the
/// host stops (the options' cancellation token), so that an open stream never holds up a graceful
/// shutdown.
/// </summary>
public sealed class ServerSentEventsResponder(IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer)
{
    // Proxies drop connections that stay silent; a comment line every so often keeps them open.
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    private static readonly byte[] NextPrefix = Encoding.UTF8.GetBytes("event: next\ndata: ");

    private static readonly byte[] EventEnd = Encoding.UTF8.GetBytes("\n\n");

    public async Task RespondAsync(HttpContext http, ExecutionOptions options, long maxEventBytes)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        var ended = options.CancellationToken;
        var result = await executer.ExecuteAsync(options);
        http.Response.ContentType = GraphQLMediaTypes.EventStream + "; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        try
        {
            if (result.Streams is { Count: > 0 } streams)
            {
                await StreamAsync(http, streams.Values.First(), maxEventBytes, ended);
            }
            else
            {
                await WriteNextAsync(http, result, maxEventBytes, ended);
            }

            await WriteAsync(http, "event: complete\ndata: \n\n", ended);
        }
        catch (OperationCanceledException) when (ended.IsCancellationRequested)
        {
            // The client closed the connection, or the host is stopping: the normal end of a subscription.
        }
    }

    private async Task StreamAsync(HttpContext http, IObservable<ExecutionResult> stream, long maxEventBytes, CancellationToken ended)
    {
        var channel = Channel.CreateUnbounded<ExecutionResult>(new UnboundedChannelOptions { SingleReader = true });
        using var subscription = stream.Subscribe(new ChannelObserver(channel.Writer));
        await http.Response.Body.FlushAsync(ended);
        while (true)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(ended);
            wait.CancelAfter(KeepAlive);
            try
            {
                if (!await channel.Reader.WaitToReadAsync(wait.Token))
                {
                    return;
                }
            }
            catch (OperationCanceledException) when (!ended.IsCancellationRequested)
            {
                await WriteAsync(http, ":\n\n", ended);
                continue;
            }

            while (channel.Reader.TryRead(out var next))
            {
                await WriteNextAsync(http, next, maxEventBytes, ended);
            }
        }
    }

    // Each result is serialized into a bounded buffer first: one larger than the limit becomes an
    // error event instead of megabytes on the wire.
    private async Task WriteNextAsync(HttpContext http, ExecutionResult result, long maxEventBytes, CancellationToken ended)
    {
        ErrorMessages.Bound(result);
        await using var data = new CappedBuffer(maxEventBytes);
        try
        {
            await serializer.WriteAsync(data, result, ended);
        }
        catch (ResponseTooLargeException)
        {
            var problem = GraphQLHttpEndpoint.TooLargeAnswer(StatusCodes.Status200OK, maxEventBytes);
            data.SetLength(0);
            await serializer.WriteAsync(data, new ExecutionResult { Errors = [new ExecutionError(problem.Message) { Code = problem.Code }] }, ended);
        }

        await http.Response.Body.WriteAsync(NextPrefix, ended);
        data.Position = 0;
        await data.CopyToAsync(http.Response.Body, ended);
        await http.Response.Body.WriteAsync(EventEnd, ended);
        await http.Response.Body.FlushAsync(ended);
    }

    private static async Task WriteAsync(HttpContext http, string text, CancellationToken ended)
    {
        await http.Response.WriteAsync(text, Encoding.UTF8, ended);
        await http.Response.Body.FlushAsync(ended);
    }

    private sealed class ChannelObserver(ChannelWriter<ExecutionResult> writer) : IObserver<ExecutionResult>
    {
        public void OnCompleted() => writer.TryComplete();

        public void OnError(Exception error) => writer.TryComplete(error);

        public void OnNext(ExecutionResult value) => writer.TryWrite(value);
    }
}
