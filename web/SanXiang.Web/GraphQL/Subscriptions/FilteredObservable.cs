namespace SanXiang.Web.GraphQL.Subscriptions;

/// <summary>The values of a source that pass a filter, mapped; enough of Rx for one subscription field.</summary>
public sealed class FilteredObservable<TSource, TResult>(IObservable<TSource> source, Func<TSource, bool> filter, Func<TSource, TResult> map) : IObservable<TResult>
{
    public IDisposable Subscribe(IObserver<TResult> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        return source.Subscribe(new Relay(observer, filter, map));
    }

    private sealed class Relay(IObserver<TResult> target, Func<TSource, bool> filter, Func<TSource, TResult> map) : IObserver<TSource>
    {
        public void OnCompleted() => target.OnCompleted();

        public void OnError(Exception error) => target.OnError(error);

        public void OnNext(TSource value)
        {
            if (filter(value))
            {
                target.OnNext(map(value));
            }
        }
    }
}
