using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using SanXiang.Web.GraphQL.Http;

namespace SanXiang.Web.Tests.Hostile;

/// <summary>
/// Issue 12 item 2: a graceful shutdown waited its full 30 s for open event streams (and for queries
/// that did not end). A stream now ends when the operation's token — the client leaving or the
/// host stopping — is cancelled, not only when the client goes away.
/// </summary>
[Trait("Suite", "Hostile")]
public sealed class EventStreamShutdownShould
{
    [Fact]
    public async Task EndWhenTheHostStopsWhileTheClientStaysConnected()
    {
        var responder = new ServerSentEventsResponder(new SilentSubscription(), new GraphQLSerializer());
        var http = new DefaultHttpContext();
        http.Response.Body = new MemoryStream();
        using var stopping = new CancellationTokenSource();
        var streaming = responder.RespondAsync(http, new ExecutionOptions { CancellationToken = stopping.Token }, 1024 * 1024);

        await Task.Delay(100);
        await stopping.CancelAsync();

        Assert.Same(streaming, await Task.WhenAny(streaming, Task.Delay(TimeSpan.FromSeconds(10))));
        await streaming;
    }

    // A subscription that never publishes, as tenantChanged does while nobody edits.
    private sealed class SilentSubscription : IDocumentExecuter<ISchema>
    {
        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options) =>
            Task.FromResult(new ExecutionResult { Executed = true, Streams = new Dictionary<string, IObservable<ExecutionResult>> { ["tenantChanged"] = new Never() } });

        private sealed class Never : IObservable<ExecutionResult>, IDisposable
        {
            public IDisposable Subscribe(IObserver<ExecutionResult> observer) => this;

            public void Dispose()
            {
            }
        }
    }
}
