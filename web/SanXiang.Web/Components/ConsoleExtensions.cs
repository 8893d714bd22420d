using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;
using SanXiang.Web.Components.Account;
using SanXiang.Web.Components.Cases;
using SanXiang.Web.Components.Data;
using SanXiang.Web.Onboarding;

namespace SanXiang.Web.Components;

public static class ConsoleExtensions
{
    /// <summary>The Chinese console: Blazor interactive server with MudBlazor, and the data service its pages read through.</summary>
    public static WebApplicationBuilder AddSanXiangConsole(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // `dotnet run` starts in Production, where ASP.NET serves package assets (blazor.web.js,
        // MudBlazor's CSS and JS) only from a published folder; the build's manifest makes a plain
        // build work too. After `dotnet publish` there is no such manifest and this does nothing.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddScoped<IConsoleData, GrainConsoleData>();
        builder.Services.AddScoped<ICaseConsoleData, CaseServiceConsoleData>();
        builder.Services.AddScoped<IPlanConsoleData, PlanServiceConsoleData>();
        builder.Services.AddScoped<IFindingConsoleData, FindingServiceConsoleData>();
        builder.Services.AddScoped<ISupervisionConsoleData, SupervisionServiceConsoleData>();
        builder.Services.AddScoped<DisclosureConsoleData>();
        builder.Services.AddScoped<IOnboardingConsoleData, OnboardingConsoleData>();
        builder.Services.TryAddSingleton<PlanTemplates>();
        builder.Services.TryAddSingleton<AgencyImporter>();
        return builder;
    }

    /// <summary>Static assets, antiforgery, sign-in and sign-out, and the console's pages. Call after authorization.</summary>
    public static WebApplication MapSanXiangConsole(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseStatusCodePages(NotFoundResponse.WriteAsync);
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapAccountEndpoints();
        app.MapVendorScripts();
        app.MapOnboardingTemplates();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
