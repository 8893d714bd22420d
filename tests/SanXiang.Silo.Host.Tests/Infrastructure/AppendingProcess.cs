using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace SanXiang.Silo.Host.Tests.Infrastructure;

/// <summary>
/// <c>SanXiang.Benchmarks append-until-killed</c> in a child process: it appends through the
/// group-commit store and prints <c>ack {case} {seq}</c> for every acknowledged append, so that the
/// test can kill it mid-write and hold the store to what it acknowledged.
/// </summary>
internal sealed class AppendingProcess : IDisposable
{
    private readonly Process process;
    private readonly TaskCompletionSource exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<string> errors = new();
    private int acknowledgedCount;

    private AppendingProcess(Process process) => this.process = process;

    /// <summary>The highest acknowledged sequence per case.</summary>
    public ConcurrentDictionary<string, long> Acknowledged { get; } = new(StringComparer.Ordinal);

    public int AcknowledgedCount => Volatile.Read(ref acknowledgedCount);

    public string Errors => string.Join('\n', errors);

    public static AppendingProcess Start(IEnumerable<string> arguments)
    {
        // The build copies the referenced benchmark executable, with its runtimeconfig, next to the tests.
        var dll = Path.Combine(AppContext.BaseDirectory, "SanXiang.Benchmarks.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "append-until-killed", .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        var child = new AppendingProcess(Process.Start(start) ?? throw new InvalidOperationException("The appending process did not start."));
        child.process.OutputDataReceived += (_, e) => child.OnLine(e.Data);
        child.process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                child.errors.Enqueue(line);
            }
        };
        child.process.BeginOutputReadLine();
        child.process.BeginErrorReadLine();
        return child;
    }

    public async Task WaitForAcknowledgementsAsync(int count, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (AcknowledgedCount < count)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The appending process exited with {process.ExitCode}: {Errors}");
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Only {AcknowledgedCount} of {count} appends acknowledged in {timeout}: {Errors}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>SIGKILL mid-write; returns once every line it printed before dying has been read.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null || !line.StartsWith("ack ", StringComparison.Ordinal))
        {
            return;
        }

        var parts = line.Split(' ');
        var sequence = long.Parse(parts[2], CultureInfo.InvariantCulture);
        Acknowledged.AddOrUpdate(parts[1], sequence, (_, known) => Math.Max(known, sequence));
        Interlocked.Increment(ref acknowledgedCount);
    }
}
