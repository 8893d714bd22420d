using System.Diagnostics;

namespace SanXiang.Plugins.Tests;

/// <summary>
/// Runs LibreOffice headless (Debian: libreoffice-writer-nogui) and pdftotext (poppler-utils), each
/// with a private profile so parallel test runs do not fight over ~/.config/libreoffice.
/// </summary>
internal static class LibreOffice
{
    public static async Task ConvertToPdfAsync(string outputDirectory, IEnumerable<string> files)
    {
        var profile = new Uri(Path.Combine(outputDirectory, "lo-profile")).AbsoluteUri;
        await RunAsync("soffice", [$"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", outputDirectory, .. files]);
    }

    public static Task<string> PdfTextAsync(string pdf) => RunAsync("pdftotext", ["-enc", "UTF-8", pdf, "-"]);

    private static Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"{start.FileName} is missing: install the Debian packages libreoffice-writer-nogui and poppler-utils (test.sh).", ex);
        }
    }

    private static async Task<string> RunAsync(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Start(start);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {await error}");
    }
}
