namespace SanXiang.Web.Components.Cases;

/// <summary>
/// Browser scripts from npm that the build copies into <c>wwwroot/vendor</c> (see the web project
/// file). They appear after the SDK has listed wwwroot on a clean clone, so the static-asset
/// manifest may not know them: serve them from here, as GraphiQL's are.
/// </summary>
public static class VendorScriptEndpoints
{
    public const string BasePath = "/console/vendor";

    private static readonly HashSet<string> Scripts = new(StringComparer.Ordinal) { "tus.min.js" };

    public static void MapVendorScripts(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Only the listed files, so the route cannot be used to read anything else under wwwroot.
        app.MapGet(BasePath + "/{name}", (string name, IWebHostEnvironment env) =>
        {
            if (!Scripts.Contains(name))
            {
                return Results.NotFound();
            }

            var file = env.WebRootFileProvider.GetFileInfo("vendor/" + name);
            return file.Exists ? Results.Stream(file.CreateReadStream(), "text/javascript") : Results.NotFound();
        });
    }
}
