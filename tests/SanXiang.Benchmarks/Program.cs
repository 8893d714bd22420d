using System.Globalization;
using SanXiang.Benchmarks;

if (args is ["appends", ..])
{
    return await AppendsBenchmark.RunAsync(args);
}

if (args is ["append-until-killed", ..])
{
    return await AppendUntilKilledCommand.RunAsync(args);
}

if (args is ["startup", ..])
{
    return await StartupBenchmark.RunAsync(args);
}

if (args is ["upload", ..])
{
    return await UploadBenchmark.RunAsync(args);
}

if (args is ["proofs", ..])
{
    return await ProofsBenchmark.RunAsync(args);
}

if (args is ["verify", ..])
{
    return await VerifyBenchmark.RunAsync(args);
}

if (args is ["scale", ..])
{
    return await SanXiang.Benchmarks.Scale.ScaleCommand.RunAsync(args);
}

if (args is ["disclosures", ..])
{
    return await DisclosureSearchBenchmark.RunAsync(args);
}

if (args is ["import", ..])
{
    return await ImportBenchmark.RunAsync(args);
}

if (args is ["abuse", ..])
{
    return await AbuseBenchmark.RunAsync(args);
}

if (BenchmarkArguments.Parse(args) is not { } arguments)
{
    Console.Error.WriteLine(BenchmarkArguments.Usage);
    return 2;
}

var dataDir = arguments.DataDir ?? Path.Combine(Path.GetTempPath(), $"sanxiang-bench-{Guid.NewGuid():N}");
var writes = await StateWritesBenchmark.RunAsync(arguments, dataDir);
var fsyncs = FsyncBenchmark.Run(dataDir, TimeSpan.FromSeconds(3));
if (arguments.DataDir is null)
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(dataDir, recursive: true);
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"state-writes provider={arguments.Provider} grains={arguments.Grains} seconds={arguments.Seconds}: {writes:F0} writes/s; raw 4 KiB write+fsync in {dataDir}: {fsyncs:F0} fsync/s"));
return 0;
