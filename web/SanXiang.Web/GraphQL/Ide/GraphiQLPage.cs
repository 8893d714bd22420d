using System.Net;

namespace SanXiang.Web.GraphQL.Ide;

public static class GraphiQLPage
{
    /// <summary>The page; <c>credentials: same-origin</c> makes GraphiQL send the sign-in cookie with every request.</summary>
    public static string Html(string basePath)
    {
        var assets = WebUtility.HtmlEncode(basePath + "/assets/");
        return $$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
              <meta charset="utf-8">
              <title>GraphQL 调试 - 三项制度</title>
              <link rel="stylesheet" href="{{assets}}graphiql.min.css">
              <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
            </head>
            <body>
              <div id="graphiql">正在加载…</div>
              <script src="{{assets}}react.production.min.js"></script>
              <script src="{{assets}}react-dom.production.min.js"></script>
              <script src="{{assets}}graphiql.min.js"></script>
              <script>
                const fetcher = GraphiQL.createFetcher({
                  url: '/graphql',
                  fetch: (url, init) => fetch(url, { ...init, credentials: 'same-origin' }),
                });
                ReactDOM.createRoot(document.getElementById('graphiql'))
                  .render(React.createElement(GraphiQL, { fetcher, defaultQuery: '{\n  tenants(first: 20) {\n    totalCount\n    nodes {\n      id\n      name\n    }\n  }\n}\n' }));
              </script>
            </body>
            </html>
            """;
    }
}
