using System.Net;
using Microsoft.AspNetCore.Diagnostics;

namespace SanXiang.Web.Components.Account;

/// <summary>
/// A Chinese page for a browser that asked for a path nothing serves. Written directly rather than
/// re-executed into the Razor not-found page, because re-execution runs after routing has already
/// found no endpoint; API paths and non-HTML requests keep their bare status codes.
/// </summary>
public static class NotFoundResponse
{
    public static async Task WriteAsync(StatusCodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        if (http.Response.StatusCode != StatusCodes.Status404NotFound
            || http.Request.Path.StartsWithSegments("/graphql", StringComparison.OrdinalIgnoreCase)
            || !http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var path = WebUtility.HtmlEncode(http.Request.Path.Value);
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>未找到页面 - 三项制度工作平台</title></head>
            <body style="font-family: 'Noto Sans CJK SC', sans-serif; margin: 4rem;">
            <h1>404 · 未找到页面</h1><p>没有“{path}”这个页面。请检查网址，或返回<a href="/">首页</a>。</p>
            </body></html>
            """);
    }
}
