namespace SanXiang.Web.Onboarding;

/// <summary>The blank onboarding files: <c>/onboarding/template.xlsx</c> and <c>/onboarding/template/{sheet}.csv</c>, for signed-in users.</summary>
public static class OnboardingEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapOnboardingTemplates(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/onboarding/template.xlsx", () => Results.File(OnboardingTemplateFiles.Xlsx(), XlsxType, "导入下级机关模板.xlsx")).RequireAuthorization();
        app.MapGet("/onboarding/template/{sheet}.csv", (string sheet) =>
            OnboardingTemplateFiles.CsvNames.TryGetValue(sheet, out var name)
                ? Results.File(OnboardingTemplateFiles.Csv(name), "text/csv; charset=utf-8", $"导入下级机关模板-{name}.csv")
                : Results.NotFound()).RequireAuthorization();
        return app;
    }
}
