namespace SanXiang.Benchmarks;

/// <summary><c>state-writes --provider sqlite|postgres [--connection …] [--data-dir …] [--seconds 10] [--grains 32]</c>.</summary>
internal sealed record BenchmarkArguments(string Benchmark, string Provider, string? Connection, string? DataDir, int Seconds, int Grains)
{
    public const string Usage =
        "usage: dotnet run -c Release --project tests/SanXiang.Benchmarks -- state-writes --provider sqlite|postgres " +
        "[--connection <npgsql connection string>] [--data-dir <dir>] [--seconds 10] [--grains 32]\n" +
        "       dotnet run -c Release --project tests/SanXiang.Benchmarks -- startup [--runs 5] [--configuration Release]\n" +
        "       dotnet run -c Release --project tests/SanXiang.Benchmarks -- upload [--size-mb 2048] [--chunk-mb 64] [--configuration Release]\n" +
        "       dotnet run -c Release --project tests/SanXiang.Benchmarks -- appends [--provider sqlite|postgres|both] " +
        "[--connection <npgsql connection string>] [--seconds 10] [--cases 64]\n" +
        "       dotnet run -c Release --project tests/SanXiang.Benchmarks -- verify [--provider sqlite|postgres|both] " +
        "[--connection <npgsql connection string>] [--events 10000] [--runs 5]\n" +
        "       dotnet run -c Release --project tests/SanXiang.Benchmarks -- scale [--provider sqlite|postgres|both] " +
        "[--connection <npgsql connection string>] [--agencies 7000] [--officers 100000] [--runs 50]\n" +
        "       dotnet run -c Release --project tests/SanXiang.Benchmarks -- abuse [--web-dll <SanXiang.Web.dll of another build>] " +
        "[--levels 27] [--signed-in-levels 27] [--client-timeout 5] [--settle 300] [--only fragments,verify,xlsx]";

    public static BenchmarkArguments? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] != "state-writes")
        {
            return null;
        }

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            options[args[i]] = args[i + 1];
        }

        var provider = options.GetValueOrDefault("--provider", "sqlite");
        if (provider is not ("sqlite" or "postgres"))
        {
            return null;
        }

        return new BenchmarkArguments(
            args[0],
            provider,
            options.GetValueOrDefault("--connection") ?? Environment.GetEnvironmentVariable("SANXIANG_TEST_POSTGRES"),
            options.GetValueOrDefault("--data-dir"),
            int.Parse(options.GetValueOrDefault("--seconds", "10"), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(options.GetValueOrDefault("--grains", "32"), System.Globalization.CultureInfo.InvariantCulture));
    }
}
