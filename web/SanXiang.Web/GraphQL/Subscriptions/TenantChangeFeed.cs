using SanXiang.Silo.Agencies;

namespace SanXiang.Web.GraphQL.Subscriptions;

/// <summary>
/// Profile changes made through this web process, for <c>tenantChanged</c>. In-process only: with
/// several web processes a change made on one is not seen by subscribers on another (an Orleans
/// stream would carry it across; not built yet).
/// </summary>
public sealed class TenantChangeFeed : IObservable<AgencyProfile>
{
    private readonly Lock gate = new();
    private readonly List<IObserver<AgencyProfile>> observers = [];

    public IDisposable Subscribe(IObserver<AgencyProfile> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        lock (gate)
        {
            observers.Add(observer);
        }

        return new Unsubscriber(this, observer);
    }

    public void Publish(AgencyProfile profile)
    {
        IObserver<AgencyProfile>[] current;
        lock (gate)
        {
            current = [.. observers];
        }

        foreach (var observer in current)
        {
            observer.OnNext(profile);
        }
    }

    private void Remove(IObserver<AgencyProfile> observer)
    {
        lock (gate)
        {
            observers.Remove(observer);
        }
    }

    private sealed class Unsubscriber(TenantChangeFeed feed, IObserver<AgencyProfile> observer) : IDisposable
    {
        public void Dispose() => feed.Remove(observer);
    }
}
