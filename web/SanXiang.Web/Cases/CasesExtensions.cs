using SanXiang.Web.Supervision;
using SanXiang.Web.Cases;
using SanXiang.Web.Officers;
using SanXiang.Web.Disclosures;
using SanXiang.Web.Plans;
using SanXiang.Web.Plans.Reports;
using SanXiang.Web.Reviews;

// In ASP.NET Core's builder namespace, like the GraphQL extensions, so Program.cs needs no using.
namespace Microsoft.AspNetCore.Builder;

public static class CasesExtensions
{
    /// <summary>The case, review-catalog and plan services the API and the console share, and what they need.</summary>
    public static WebApplicationBuilder AddSanXiangCases(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<CaseAccess>();
        builder.Services.AddSingleton<AccountOfficers>();
        builder.Services.AddSingleton<UploadedFiles>();
        builder.Services.AddScoped<CaseService>();
        builder.Services.AddScoped<ReviewCatalogService>();
        builder.Services.AddScoped<PlanService>();
        builder.Services.AddScoped<PlanReports>();
        builder.Services.AddSingleton<RolloutFeed>();
        builder.Services.AddScoped<DisclosureService>();
        builder.Services.AddScoped<FindingService>();
        builder.Services.AddScoped<SupervisionService>();
        return builder;
    }

    /// <summary>Case file downloads (<see cref="CaseFileEndpoint"/>), the plan's reports (<see cref="PlanReportEndpoint"/>) and rectification notices (<see cref="RectificationNoticeEndpoint"/>). Call after authentication and tenancy.</summary>
    public static WebApplication MapSanXiangCases(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(CaseFileEndpoint.Pattern, CaseFileEndpoint.GetAsync).RequireAuthorization();
        app.MapGet(PlanReportEndpoint.Pattern, PlanReportEndpoint.GetAsync).RequireAuthorization();
        app.MapGet(RectificationNoticeEndpoint.Pattern, RectificationNoticeEndpoint.GetAsync).RequireAuthorization();
        return app;
    }
}
