using SanXiang.Silo.Host;
using SanXiang.Tenancy;
using SanXiang.Tenancy.Stores;
using SanXiang.Web.Auth;
using SanXiang.Web.Components;

var builder = WebApplication.CreateBuilder(args);
builder.AddSanXiangSilo();
builder.AddSanXiangAuth();
builder.AddSanXiangConsole();
builder.Services.AddMultiTenant<SanXiangTenantInfo>()
    .WithStore<AgencyTenantStore>()
    .WithRouteStrategy()
    .WithHeaderStrategy()
    .WithClaimStrategy()
    .WithBlazorCircuits();

var app = builder.Build();
app.UseAuthentication();
app.UseMultiTenant<SanXiangTenantInfo>();
app.UseAuthorization();
app.MapSanXiangConsole();
app.Run();

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
