using Microsoft.Extensions.DependencyInjection;
using SanXiang.Silo.Grains.Officers;
using SanXiang.Silo.Host.ReadModel;

// In the host's namespace so that AddSanXiangSilo hooks it in with a single line.
namespace SanXiang.Silo.Host;

public static class PublishedOfficersSiloBuilderExtensions
{
    /// <summary>The public officer list's catch-up at silo start (<see cref="PublishedOfficersStartup"/>). Needs the event log's database.</summary>
    public static ISiloBuilder AddSanXiangPublishedOfficers(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddSingleton<PublishedOfficersCatchUp>();
        silo.Services.AddSingleton<PublishedOfficersStartup>();
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<PublishedOfficersStartup>());
        return silo;
    }
}
