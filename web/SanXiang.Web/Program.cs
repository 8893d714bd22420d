using SanXiang.Silo.Host;
using SanXiang.Silo.Host.Health;
using SanXiang.Tenancy;
using SanXiang.Web.Auth;
using SanXiang.Web.Components;
using SanXiang.Web.Health;
using SanXiang.Web.Portal;

// Content root beside the app, so appsettings.json is found whatever the working directory;
// the data directory stays relative to the working directory (./data by default).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddSanXiangSilo();
builder.AddSanXiangAuth();
builder.Services.AddSanXiangTenancy();
builder.Services.AddSanXiangHealthChecks();
builder.AddSanXiangConsole();
builder.AddSanXiangGraphQL();
builder.AddSanXiangSectors();
builder.AddSanXiangUploads();
builder.AddSanXiangCases();
builder.AddSanXiangCalendar();
builder.AddSanXiangCaseFiles();
builder.AddSanXiangTransparency();
builder.AddSanXiangPortal();

var app = builder.Build();
app.UseAuthentication();
app.UseMultiTenant<SanXiangTenantInfo>();
app.UseAuthorization();
app.MapSanXiangHealth();
app.MapSanXiangGraphQL();
app.MapSanXiangSectors();
app.MapSanXiangUploads();
app.MapSanXiangCases();
app.MapSanXiangCaseFiles();
app.MapSanXiangTransparency();
app.UseSanXiangPortal();
app.MapSanXiangConsole();
app.Run();

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
