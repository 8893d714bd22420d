namespace SanXiang.Web.GraphQL.Ide;

/// <summary>
/// GraphiQL for signed-in users. Its scripts come from the npm packages the build copies into
/// <c>wwwroot/graphiql</c> (see the web project file), served from here so that the page works
/// whatever the host does about static files. The page calls <c>/graphql</c> on the same origin,
/// so the sign-in cookie goes along.
/// </summary>
public static class GraphiQLEndpoints
{
    private static readonly Dictionary<string, string> Assets = new(StringComparer.Ordinal)
    {
        ["react.production.min.js"] = "text/javascript",
        ["react-dom.production.min.js"] = "text/javascript",
        ["graphiql.min.js"] = "text/javascript",
        ["graphiql.min.css"] = "text/css",
    };

    public static void MapGraphiQL(this WebApplication app, string path)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(path, (HttpContext http) =>
            http.User.Identity?.IsAuthenticated == true
                ? Results.Content(GraphiQLPage.Html(path), "text/html; charset=utf-8")
                : Results.Redirect("/login?ReturnUrl=" + Uri.EscapeDataString(path)));

        // Only the listed files, so the route cannot be used to read anything else under wwwroot.
        app.MapGet(path + "/assets/{name}", (string name, IWebHostEnvironment env) =>
        {
            if (!Assets.TryGetValue(name, out var contentType))
            {
                return Results.NotFound();
            }

            var file = env.WebRootFileProvider.GetFileInfo("graphiql/" + name);
            return file.Exists ? Results.Stream(file.CreateReadStream(), contentType) : Results.NotFound();
        });
    }
}
