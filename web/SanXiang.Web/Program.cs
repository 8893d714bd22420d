using SanXiang.Silo.Host;
using SanXiang.Tenancy;
using SanXiang.Tenancy.Stores;
using SanXiang.Web.Auth;

var builder = WebApplication.CreateBuilder(args);
builder.AddSanXiangSilo();
builder.AddSanXiangAuth();
builder.Services.AddMultiTenant<SanXiangTenantInfo>()
    .WithStore<AgencyTenantStore>()
    .WithRouteStrategy()
    .WithHeaderStrategy()
    .WithClaimStrategy()
    .WithBlazorCircuits();
builder.AddSanXiangGraphQL();

var app = builder.Build();
app.UseAuthentication();
app.UseMultiTenant<SanXiangTenantInfo>();
app.UseAuthorization();
app.MapGet("/", () => "SanXiang");
app.MapSanXiangGraphQL();
app.Run();

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
