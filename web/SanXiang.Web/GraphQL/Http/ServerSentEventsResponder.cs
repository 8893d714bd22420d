using System.Text;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Types;

namespace SanXiang.Web.GraphQL.Http;

/// <summary>
/// GraphQL over server-sent events, "distinct connections" mode of the graphql-sse protocol: one
/// HTTP response per operation, a <c>next</c> event per result and a <c>complete</c> event at the
/// end. Queries and mutations answer once; subscriptions stream until the client goes away.
/// </summary>
public sealed class ServerSentEventsResponder(IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer)
{
    // Proxies drop connections that stay silent; a comment line every so often keeps them open.
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    public async Task RespondAsync(HttpContext http, ExecutionOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        var result = await executer.ExecuteAsync(options);
        http.Response.ContentType = GraphQLMediaTypes.EventStream + "; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        try
        {
            if (result.Streams is { Count: > 0 } streams)
            {
                await StreamAsync(http, streams.Values.First());
            }
            else
            {
                await WriteEventAsync(http, "next", result);
            }

            await WriteEventAsync(http, "complete", null);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client closed the connection: the normal end of a subscription.
        }
    }

    private async Task StreamAsync(HttpContext http, IObservable<ExecutionResult> stream)
    {
        var channel = Channel.CreateUnbounded<ExecutionResult>(new UnboundedChannelOptions { SingleReader = true });
        using var subscription = stream.Subscribe(new ChannelObserver(channel.Writer));
        await http.Response.Body.FlushAsync(http.RequestAborted);
        while (true)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
            wait.CancelAfter(KeepAlive);
            try
            {
                if (!await channel.Reader.WaitToReadAsync(wait.Token))
                {
                    return;
                }
            }
            catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
            {
                await http.Response.WriteAsync(":\n\n", http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
                continue;
            }

            while (channel.Reader.TryRead(out var next))
            {
                await WriteEventAsync(http, "next", next);
            }
        }
    }

    private async Task WriteEventAsync(HttpContext http, string name, ExecutionResult? result)
    {
        var data = result is null ? string.Empty : serializer.Serialize(result);
        var text = new StringBuilder().Append("event: ").Append(name).Append('\n').Append("data: ").Append(data).Append("\n\n").ToString();
        await http.Response.WriteAsync(text, Encoding.UTF8, http.RequestAborted);
        await http.Response.Body.FlushAsync(http.RequestAborted);
    }

    private sealed class ChannelObserver(ChannelWriter<ExecutionResult> writer) : IObserver<ExecutionResult>
    {
        public void OnCompleted() => writer.TryComplete();

        public void OnError(Exception error) => writer.TryComplete(error);

        public void OnNext(ExecutionResult value) => writer.TryWrite(value);
    }
}
