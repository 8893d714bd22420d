using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Hosting;
using SanXiang.Silo.Host.Storage;
using SanXiang.Silo.Host.Tests.Infrastructure;

namespace SanXiang.Silo.Host.Tests.Storage;

public sealed class StartUpShould
{
    [Fact]
    public async Task NameTheUnreachablePostgresServerQuickly()
    {
        var port = FreePort.Next();
        using var host = TestSilo.Build(new Dictionary<string, string?>
        {
            ["SanXiang:Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = $"Host=127.0.0.1;Port={port.ToString(CultureInfo.InvariantCulture)};Database=sanxiang;Username=sanxiang;Password=unused",
        });
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => host.StartAsync());

        Assert.Contains($"127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"Start-up took {clock.Elapsed} to give up.");
    }

    [Fact]
    public void RefuseTheClientRoleWithoutPostgres()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TestSilo.Build(new Dictionary<string, string?>
        {
            ["SanXiang:Silo:Role"] = "Client",
        }));

        Assert.Contains("Postgres", error.Message, StringComparison.Ordinal);
    }
}
