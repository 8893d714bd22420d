using SanXiang.Web.CaseFiles;

// In ASP.NET Core's builder namespace, like the other feature extensions, so Program.cs needs no using.
namespace Microsoft.AspNetCore.Builder;

public static class CaseFilesExtensions
{
    /// <summary>Case-file (案卷) export for signed-in users and the public verifier (silo/SanXiang.Domain/CaseFiles/README.md).</summary>
    public static WebApplicationBuilder AddSanXiangCaseFiles(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<CaseFileOptions>(builder.Configuration.GetSection(CaseFileOptions.Section));
        builder.Services.AddSingleton<CaseFileStandardOrder>();
        builder.Services.AddSingleton<VerifyGate>();
        builder.Services.AddSingleton<LiveLogCheck>();
        return builder;
    }

    /// <summary><c>GET /t/{tenant}/cases/{id}/case-file.zip</c> (signed in, tenant access) and <c>POST /verify/case-file</c> (anonymous); the page is <c>/verify</c>.</summary>
    public static WebApplication MapSanXiangCaseFiles(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(CaseFileDownload.Pattern, CaseFileDownload.GetAsync).RequireAuthorization();
        app.MapPost(CaseFileCheck.Path, CaseFileCheck.PostAsync).AllowAnonymous().DisableAntiforgery();
        return app;
    }
}
