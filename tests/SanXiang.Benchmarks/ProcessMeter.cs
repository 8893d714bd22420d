using System.Globalization;

namespace SanXiang.Benchmarks;

/// <summary>
/// A process's CPU time and peak memory from the kernel's accounting: utime + stime of
/// /proc/&lt;pid&gt;/stat (in USER_HZ ticks, 100 a second on Linux) and VmHWM of /proc/&lt;pid&gt;/status,
/// whose peak is reset through /proc/&lt;pid&gt;/clear_refs (Linux 4.0+), so that each attack gets a peak of its own.
/// </summary>
internal static class ProcessMeter
{
    private const double TicksPerSecond = 100;

    public static double CpuSeconds(int pid)
    {
        // The command name may hold spaces: the fields after it are counted from its closing parenthesis.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }

    public static void ResetPeak(int pid) => File.WriteAllText($"/proc/{pid}/clear_refs", "5");

    /// <summary>
    /// Waits until the process has used less than 5 % of a core in each half second for two seconds
    /// (an idle co-hosted silo uses about 2 % for its timers), at most <paramref name="limit"/>;
    /// returns the seconds waited.
    /// </summary>
    public static async Task<double> WaitIdleAsync(int pid, TimeSpan limit)
    {
        var started = DateTime.UtcNow;
        var last = CpuSeconds(pid);
        var quiet = 0;
        while (DateTime.UtcNow - started < limit && quiet < 4)
        {
            await Task.Delay(500);
            var now = CpuSeconds(pid);
            quiet = now - last < 0.025 ? quiet + 1 : 0;
            last = now;
        }

        return (DateTime.UtcNow - started).TotalSeconds;
    }
}
