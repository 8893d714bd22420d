using Microsoft.Extensions.DependencyInjection;

namespace SanXiang.Silo.Grains.Documents;

public static class DocumentServices
{
    /// <summary>The document issuer the case grain calls; the sector registry and the blob store come from the host.</summary>
    public static ISiloBuilder AddSanXiangDocuments(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddSingleton<IDocumentIssuer, DocumentIssuer>();
        return silo;
    }
}
