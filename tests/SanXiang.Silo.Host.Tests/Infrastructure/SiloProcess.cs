using System.Diagnostics;

namespace SanXiang.Silo.Host.Tests.Infrastructure;

/// <summary>The standalone silo (silo/SanXiang.Silo.Host) in a child process, so that it can be killed like a crashed machine.</summary>
internal sealed class SiloProcess : IDisposable
{
    private readonly Process process;

    private SiloProcess(Process process) => this.process = process;

    /// <param name="directory">
    /// Where the silo executable is: by default beside the tests, where the build copies a referenced silo
    /// host with its runtimeconfig; a project that gets the host only through another one names the host's own output.
    /// </param>
    public static SiloProcess Start(IReadOnlyDictionary<string, string> environment, string? directory = null)
    {
        directory ??= AppContext.BaseDirectory;
        var silo = Path.Combine(directory, "SanXiang.Silo.Host.dll");
        var start = new ProcessStartInfo("dotnet", [silo])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = directory,
        };
        start.Environment["DOTNET_ENVIRONMENT"] = "Test";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The silo process did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new SiloProcess(process);
    }

    public bool HasExited => process.HasExited;

    /// <summary>SIGKILL: no shutdown, no goodbye to the membership table.</summary>
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
}
