using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SanXiang.Silo.Host.Transparency;

namespace SanXiang.Silo.Host;

public static class CheckpointSiloBuilderExtensions
{
    /// <summary>Each agency's daily signed checkpoint (one platform reminder, registered at start); needs reminders and the event log.</summary>
    public static ISiloBuilder AddSanXiangCheckpoints(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.TryAddSingleton<CheckpointSchedule>();
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<CheckpointSchedule>());
        return silo;
    }
}
