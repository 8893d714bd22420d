using SanXiang.Silo.Grains.EventLog;

namespace SanXiang.Silo.Host.Tests.EventLog;

/// <summary>A migrated event-log database of the subclass's kind and its store, made before each test and dropped after.</summary>
public abstract class EventLogTestBase : IAsyncLifetime
{
    private EventLogBackend? backend;
    private CaseEventStore? store;

    private protected EventLogBackend Backend => backend ?? throw new InvalidOperationException("Not initialised.");

    private protected CaseEventStore Store => store ?? throw new InvalidOperationException("Not initialised.");

    private protected abstract Task<EventLogBackend> CreateBackendAsync();

    public virtual async Task InitializeAsync()
    {
        backend = await CreateBackendAsync();
        await backend.MigrateAsync();
        store = new CaseEventStore(backend.Database);
    }

    public virtual async Task DisposeAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync();
        }

        if (backend is not null)
        {
            await backend.DisposeAsync();
        }
    }
}
