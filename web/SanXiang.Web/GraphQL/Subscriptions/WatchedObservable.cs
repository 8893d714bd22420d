namespace SanXiang.Web.GraphQL.Subscriptions;

/// <summary>
/// An observable over a watch that is already running when the subscription's resolver returns, so nothing that happens
/// after the client's request is missed; the watch ends when the last observer leaves.
/// </summary>
public sealed class WatchedObservable<T> : IObservable<T>
{
    private readonly Lock gate = new();
    private readonly List<IObserver<T>> observers = [];
    private IAsyncDisposable? watch;

    public static async Task<WatchedObservable<T>> StartAsync(Func<Func<T, Task>, Task<IAsyncDisposable>> start)
    {
        ArgumentNullException.ThrowIfNull(start);
        var observable = new WatchedObservable<T>();
        observable.watch = await start(observable.DeliverAsync);
        return observable;
    }

    public IDisposable Subscribe(IObserver<T> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        lock (gate)
        {
            observers.Add(observer);
        }

        return new Unsubscriber(this, observer);
    }

    private Task DeliverAsync(T value)
    {
        IObserver<T>[] current;
        lock (gate)
        {
            current = [.. observers];
        }

        foreach (var observer in current)
        {
            observer.OnNext(value);
        }

        return Task.CompletedTask;
    }

    private void Remove(IObserver<T> observer)
    {
        IAsyncDisposable? ending = null;
        lock (gate)
        {
            observers.Remove(observer);
            if (observers.Count == 0)
            {
                (ending, watch) = (watch, null);
            }
        }

        if (ending is not null)
        {
            _ = ending.DisposeAsync().AsTask();
        }
    }

    private sealed class Unsubscriber(WatchedObservable<T> observable, IObserver<T> observer) : IDisposable
    {
        public void Dispose() => observable.Remove(observer);
    }
}
