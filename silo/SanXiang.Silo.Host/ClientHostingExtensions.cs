using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Serialization;
using SanXiang.Silo.Grains.Blobs;
using SanXiang.Silo.Host.Plugins;
using SanXiang.Silo.Host.Storage;
using SanXiang.Silo.Plans;
using SanXiang.Silo.Serialization;

namespace SanXiang.Silo.Host;

public static class ClientHostingExtensions
{
    /// <summary>Connects this host to a SanXiang cluster on PostgreSQL (gateways found through the membership table) instead of running a silo.</summary>
    public static IHostApplicationBuilder AddSanXiangClient(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(SanXiangOptions.Section).Get<SanXiangOptions>() ?? new SanXiangOptions();
        if (options.Storage.Provider != StorageProvider.Postgres)
        {
            throw new InvalidOperationException(
                "SanXiang:Silo:Role=Client needs SanXiang:Storage:Provider=Postgres: an embedded SQLite silo has no cluster to join.");
        }

        var target = StorageTarget.Resolve(builder.Configuration, options);
        AdoNetFactories.Register();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(target);
        builder.AddSanXiangPlugins(options);

        // The same folder the silos use: a cluster's processes must share the data directory's blob store.
        builder.Services.AddSanXiangBlobs(options.FullDataDir);

        // The silos own the schema; a client only checks that the database answers.
        builder.Services.AddHostedService(services =>
            new StorageInitializer(target, applySchema: false, services.GetRequiredService<ILogger<StorageInitializer>>()));
        builder.Services.AddSerializer(serializer => serializer.AddSanXiangTypes());
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ServiceId = options.Silo.ServiceId;
                o.ClusterId = options.Silo.ClusterId;
            });
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = target.Invariant;
                o.ConnectionString = target.ConnectionString;
            });
            client.AddMemoryStreams(RolloutStreams.Provider);
        });
        return builder;
    }
}
