using Orleans.Streams;
using SanXiang.Silo.Plans;

namespace SanXiang.Web.Plans;

/// <summary>
/// Roll-out changes from the cluster's stream (<see cref="RolloutStreams"/>): a change made through any process, in the
/// department or anywhere below it, reaches every web process that watches the department.
/// </summary>
public sealed class RolloutFeed(IClusterClient client)
{
    /// <summary>Calls <paramref name="onChange"/> for each change until the returned handle is disposed.</summary>
    public async Task<IAsyncDisposable> WatchAsync(string tenantId, Func<RolloutChange, Task> onChange)
    {
        ArgumentNullException.ThrowIfNull(onChange);
        var stream = client.GetStreamProvider(RolloutStreams.Provider).GetStream<RolloutChange>(RolloutStreams.For(tenantId));
        var handle = await stream.SubscribeAsync((change, _) => onChange(change));
        return new Watch(handle);
    }

    private sealed class Watch(StreamSubscriptionHandle<RolloutChange> handle) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await handle.UnsubscribeAsync();
    }
}
