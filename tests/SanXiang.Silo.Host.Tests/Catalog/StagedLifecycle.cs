namespace SanXiang.Silo.Host.Tests.Catalog;

/// <summary>Runs a participant's start-up stages in order, stopping at the first failure, as the silo does.</summary>
public sealed class StagedLifecycle : ISiloLifecycle
{
    private readonly List<(int Stage, ILifecycleObserver Observer)> observers = [];

    public int HighestCompletedStage { get; private set; }

    public int LowestStoppedStage { get; private set; }

    public IDisposable Subscribe(string observerName, int stage, ILifecycleObserver observer)
    {
        observers.Add((stage, observer));
        return new Unsubscriber();
    }

    public async Task StartAsync()
    {
        foreach (var (stage, observer) in observers.OrderBy(o => o.Stage))
        {
            await observer.OnStart(CancellationToken.None);
            HighestCompletedStage = stage;
        }
    }

    private sealed class Unsubscriber : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
