using Microsoft.Extensions.DependencyInjection;
using SanXiang.Domain.Files;
using SanXiang.Silo.Files;

namespace SanXiang.Silo.Grains.Blobs;

public static class BlobServices
{
    /// <summary>The blob store, for a silo and for a client of the cluster alike: the folder under <paramref name="dataDir"/>.</summary>
    public static IServiceCollection AddSanXiangBlobs(this IServiceCollection services, string dataDir)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<IBlobStore>(new FolderBlobStore(dataDir));
        return services;
    }
}
