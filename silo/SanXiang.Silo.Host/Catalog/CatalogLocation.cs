using Microsoft.Extensions.Configuration;

namespace SanXiang.Silo.Host.Catalog;

/// <summary>
/// Where the catalog folder is: <c>SanXiang:CatalogDir</c>, by default the <c>catalog</c> folder
/// that the build copies beside the app. A relative path is taken from the app's folder, so the
/// same setting works whatever the working directory.
/// </summary>
public sealed record CatalogLocation(string Directory)
{
    public const string ConfigKey = "SanXiang:CatalogDir";

    public static CatalogLocation From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[ConfigKey];
        var path = string.IsNullOrWhiteSpace(configured) ? "catalog" : configured;
        return new CatalogLocation(Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, path)));
    }
}
