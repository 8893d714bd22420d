using SanXiang.Domain.Errors;
using SanXiang.Web.Downloads;
using SanXiang.Web.Sectors;

// In ASP.NET Core's builder namespace, as GraphQLExtensions is, so that Program.cs needs no using.
namespace Microsoft.AspNetCore.Builder;

public static class SectorExtensions
{
    public static WebApplicationBuilder AddSanXiangSectors(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<SampleDocuments>();
        return builder;
    }

    /// <summary><c>/documents/samples/{sector}/{kind}</c>: a sample rendering stored by the <c>sectorDocument</c> query, for signed-in users.</summary>
    public static WebApplication MapSanXiangSectors(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(SampleDocuments.DownloadPath + "/{sector}/{kind}", (string sector, string kind, SampleDocuments samples) =>
        {
            try
            {
                return samples.Stored(sector, kind) is { } stored
                    ? Results.File(stored.StoredFile, FileDownloads.WordDocument, stored.FileName)
                    : Results.NotFound();
            }
            catch (SanXiangException)
            {
                return Results.NotFound();
            }
        }).RequireAuthorization();
        return app;
    }
}
