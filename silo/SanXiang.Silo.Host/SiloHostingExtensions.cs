using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SanXiang.Silo.Grains;

namespace SanXiang.Silo.Host;

public static class SiloHostingExtensions
{
    /// <summary>Runs a SanXiang silo in this host: storage, clustering and reminders as configured.</summary>
    public static IHostApplicationBuilder AddSanXiangSilo(this IHostApplicationBuilder builder, Action<ISiloBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(SanXiangOptions.Section).Get<SanXiangOptions>() ?? new SanXiangOptions();
        builder.Services.AddSingleton(options);
        builder.UseOrleans(silo =>
        {
            // TODO(storage): ADO.NET on SQLite / PostgreSQL replaces this in-memory placeholder.
            silo.UseLocalhostClustering();
            silo.AddMemoryGrainStorage(Names.Storage);
            silo.AddSanXiangGrains();
            silo.AddSanXiangCatalog();
            configure?.Invoke(silo);
        });
        return builder;
    }
}
