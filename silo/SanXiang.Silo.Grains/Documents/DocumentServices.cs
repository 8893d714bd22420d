using Microsoft.Extensions.DependencyInjection;
using SanXiang.Silo.Grains.Blobs;

namespace SanXiang.Silo.Grains.Documents;

public static class DocumentServices
{
    /// <summary>The blob store under <paramref name="dataDir"/> and the document issuer the case grain calls; the sector registry comes from the host.</summary>
    public static ISiloBuilder AddSanXiangDocuments(this ISiloBuilder silo, string dataDir)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddSingleton(new BlobStore(dataDir));
        silo.Services.AddSingleton<IDocumentIssuer, DocumentIssuer>();
        return silo;
    }
}
