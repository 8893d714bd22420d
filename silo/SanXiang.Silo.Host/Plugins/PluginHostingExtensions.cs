using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Serialization;
using SanXiang.Silo.Sectors;

namespace SanXiang.Silo.Host.Plugins;

public static class PluginHostingExtensions
{
    /// <summary>
    /// Loads the sector plugins from <see cref="SanXiangOptions.PluginsDir"/> now, while services are
    /// still being registered, so that their assemblies reach the Orleans serializer before the
    /// silo or client is built. Called by both <see cref="SiloHostingExtensions.AddSanXiangSilo"/>
    /// and <see cref="ClientHostingExtensions.AddSanXiangClient"/>; a second call does nothing.
    /// </summary>
    public static IHostApplicationBuilder AddSanXiangPlugins(this IHostApplicationBuilder builder, SanXiangOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        if (builder.Services.Any(d => d.ServiceType == typeof(ISectorRegistry)))
        {
            return builder;
        }

        var registry = SectorPluginLoader.Load(options.FullPluginsDir);
        builder.Services.AddSingleton<ISectorRegistry>(registry);
        builder.Services.AddSerializer(serializer =>
        {
            foreach (var plugin in registry.Plugins)
            {
                serializer.AddAssembly(plugin.Assembly);
            }
        });
        builder.Services.AddHostedService<PluginReportLogger>();
        return builder;
    }
}
