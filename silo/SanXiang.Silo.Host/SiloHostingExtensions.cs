using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using SanXiang.Silo.Grains;
using SanXiang.Silo.Grains.Blobs;
using SanXiang.Silo.Grains.Documents;
using SanXiang.Silo.Grains.Uploads;
using SanXiang.Silo.Host.EventLog;
using SanXiang.Silo.Host.Plugins;
using SanXiang.Silo.Host.Storage;
using SanXiang.Silo.Plans;

namespace SanXiang.Silo.Host;

public static class SiloHostingExtensions
{
    /// <summary>
    /// Runs a SanXiang silo in this host: storage, clustering and reminders as configured. With
    /// <c>SanXiang:Silo:Role=Client</c> it connects to a cluster instead (<see cref="ClientHostingExtensions.AddSanXiangClient"/>),
    /// so a host that calls this can be switched by configuration alone; <paramref name="configure"/> then does not run.
    /// </summary>
    public static IHostApplicationBuilder AddSanXiangSilo(this IHostApplicationBuilder builder, Action<ISiloBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(SanXiangOptions.Section).Get<SanXiangOptions>() ?? new SanXiangOptions();
        if (options.Silo.Role == SiloRole.Client)
        {
            return builder.AddSanXiangClient();
        }

        var target = StorageTarget.Resolve(builder.Configuration, options);
        AdoNetFactories.Register();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(target);
        builder.AddSanXiangPlugins(options);
        builder.Services.AddSanXiangBlobs(options.FullDataDir);
        builder.Services.Configure<UploadLimits>(builder.Configuration.GetSection(UploadLimits.Section));

        // Registered before UseOrleans so that it has finished before the silo starts.
        builder.Services.AddHostedService(services =>
            new StorageInitializer(target, applySchema: true, services.GetRequiredService<ILogger<StorageInitializer>>()));
        builder.UseOrleans(silo =>
        {
            var cluster = options.Silo;
            if (target.Provider == StorageProvider.Postgres)
            {
                silo.Configure<ClusterOptions>(o =>
                {
                    o.ServiceId = cluster.ServiceId;
                    o.ClusterId = cluster.ClusterId;
                });
                silo.ConfigureEndpoints(cluster.SiloPort, cluster.GatewayPort);
                silo.UseAdoNetClustering(o =>
                {
                    o.Invariant = target.Invariant;
                    o.ConnectionString = target.ConnectionString;
                });
            }
            else
            {
                // One embedded silo per SQLite file: nothing to discover, so no membership table.
                silo.UseLocalhostClustering(cluster.SiloPort, cluster.GatewayPort, serviceId: cluster.ServiceId, clusterId: cluster.ClusterId);
            }

            silo.AddAdoNetGrainStorage(Names.Storage, o =>
            {
                o.Invariant = target.Invariant;
                o.ConnectionString = target.ConnectionString;
                o.GrainStorageSerializer = new JsonTextGrainStorageSerializer();
            });
            silo.UseAdoNetReminderService(o =>
            {
                o.Invariant = target.Invariant;
                o.ConnectionString = target.ConnectionString;
            });
            // Roll-out changes to the dashboards of every process (RolloutStreams). Messages are not kept: a dashboard reads
            // the read model again on each one, so a lost message costs one stale view, not data; the subscriptions are web
            // processes' and end with them, so they are kept in memory too.
            silo.AddMemoryStreams(RolloutStreams.Provider).AddMemoryGrainStorage("PubSubStore");
            silo.AddSanXiangEventLog(target);
            silo.AddSanXiangPublishedOfficers();
            silo.AddSanXiangGrains();
            silo.AddSanXiangDocuments();
            silo.AddSanXiangCatalog();
            silo.AddSanXiangCheckpoints();
            configure?.Invoke(silo);
        });
        return builder;
    }
}
