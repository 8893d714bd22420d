using SanXiang.Web.Uploads;

// In ASP.NET Core's builder namespace, like the GraphQL extensions, so Program.cs needs no using.
namespace Microsoft.AspNetCore.Builder;

public static class UploadsExtensions
{
    /// <summary>The tus server's services: records in the upload grains, bytes in the host's blob store, and the sweep of both.</summary>
    public static WebApplicationBuilder AddSanXiangUploads(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<UploadOptions>(builder.Configuration.GetSection(UploadOptions.Section));
        builder.Services.AddSingleton<UploadRecords>();
        builder.Services.AddSingleton<UploadSessions>();
        builder.Services.AddSingleton<TusEndpoints>();
        builder.Services.AddSingleton<UploadSweeper>();
        builder.Services.AddHostedService(services => services.GetRequiredService<UploadSweeper>());
        return builder;
    }

    /// <summary><c>/files</c>: tus 1.0.0 uploads (see Uploads/README.md). Call after authentication and tenancy.</summary>
    public static WebApplication MapSanXiangUploads(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var files = app.MapGroup("/files").AddEndpointFilter<TusProtocolFilter>();
        files.MapMethods("/", [HttpMethods.Options], (HttpContext http, TusEndpoints tus) => tus.Options(http));
        files.MapMethods("/{id}", [HttpMethods.Options], (HttpContext http, TusEndpoints tus) => tus.Options(http));
        files.MapPost("/", (HttpContext http, TusEndpoints tus) => tus.CreateAsync(http));
        files.MapMethods("/{id}", [HttpMethods.Head], (HttpContext http, string id, TusEndpoints tus) => tus.HeadAsync(http, id));
        files.MapPatch("/{id}", (HttpContext http, string id, TusEndpoints tus) => tus.PatchAsync(http, id));
        files.MapDelete("/{id}", (HttpContext http, string id, TusEndpoints tus) => tus.DeleteAsync(http, id));
        files.MapGet("/{id}", (HttpContext http, string id, TusEndpoints tus) => tus.GetAsync(http, id));
        return app;
    }
}
