namespace SanXiang.Web.Portal;

public static class PortalExtensions
{
    /// <summary>The public disclosure portal (<c>/gs</c>): its pages are Razor components of this assembly; this adds what they read.</summary>
    public static WebApplicationBuilder AddSanXiangPortal(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<PortalOptions>().Bind(builder.Configuration.GetSection(PortalOptions.Section));
        builder.Services.AddScoped<PortalService>();
        builder.Services.AddSingleton<OfficerQrCodes>();
        return builder;
    }
}
