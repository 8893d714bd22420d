using Microsoft.Extensions.Hosting;
using SanXiang.Silo.Host;
using SanXiang.Silo.Host.ReadModel;
using SanXiang.Silo.Host.Storage;

if (args is [RebuildReadModelCommand.Name, .. var rest])
{
    return await RebuildReadModelCommand.RunAsync(rest, Console.Out);
}

var builder = Host.CreateApplicationBuilder(args);
builder.AddSanXiangSilo();
try
{
    await builder.Build().RunAsync();
    return 0;
}
catch (StorageUnavailableException e)
{
    // The reason is the whole story (which server, why); a stack trace would only bury it.
    await Console.Error.WriteLineAsync(e.Message);
    return 1;
}
