using Microsoft.Extensions.Hosting;
using SanXiang.Silo.Host;

var builder = Host.CreateApplicationBuilder(args);
builder.AddSanXiangSilo();
await builder.Build().RunAsync();
