using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SanXiang.Domain.Errors;
using SanXiang.Tenancy.Context;
using SanXiang.Tenancy.Resolution;

namespace SanXiang.Tenancy.AspNetCore;

/// <summary>Resolves the tenant of each request; an unknown tenant ends the request with 404.</summary>
public sealed class TenantMiddleware<TTenantInfo>(RequestDelegate next)
    where TTenantInfo : class, ITenantInfo
{
    public async Task InvokeAsync(HttpContext context, TenantResolver<TTenantInfo> resolver, ITenantContextSetter<TTenantInfo> setter)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(setter);
        var resolution = await resolver.ResolveAsync(context);
        if (resolution.IsUnknown)
        {
            await WriteNotFoundAsync(context, resolution.Identifier!);
            return;
        }

        setter.Set(resolution.IsFound ? new TenantContext<TTenantInfo>(resolution.TenantInfo!, resolution.Strategy!) : null);
        try
        {
            await next(context);
        }
        finally
        {
            setter.Set(null);
        }
    }

    private static async Task WriteNotFoundAsync(HttpContext context, string identifier)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        var message = $"未找到机关“{identifier}”。";
        if (context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            var encoded = WebUtility.HtmlEncode(message);
            await context.Response.WriteAsync(
                $"""
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>未找到机关 - 三项</title></head>
                <body style="font-family: 'Noto Sans CJK SC', sans-serif; margin: 4rem;">
                <h1>404 · 未找到机关</h1><p>{encoded}请检查网址，或返回<a href="/">首页</a>。</p>
                </body></html>
                """);
            return;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            errors = new[] { new { message, extensions = new { code = ErrorCodes.TenantNotFound } } },
        });
    }
}
