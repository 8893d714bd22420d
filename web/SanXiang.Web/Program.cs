using SanXiang.Silo.Host;

var builder = WebApplication.CreateBuilder(args);
builder.AddSanXiangSilo();

var app = builder.Build();
app.MapGet("/", () => "SanXiang");
app.Run();

/// <summary>Visible to the test host (WebApplicationFactory).</summary>
public partial class Program;
