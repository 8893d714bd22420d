using SanXiang.Silo.Host;
using SanXiang.Tenancy;
using SanXiang.Tenancy.Stores;
using SanXiang.Web.Auth;
using SanXiang.Web.GraphQL;

var builder = WebApplication.CreateBuilder(args);
builder.AddSanXiangSilo();
builder.AddSanXiangAuth();
builder.AddSanXiangGraphQL();
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
app.MapGet("/", () => "SanXiang");
app.MapSanXiangGraphQL();
app.Run();

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
