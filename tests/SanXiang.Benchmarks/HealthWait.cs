using System.Diagnostics;
using System.Net;

namespace SanXiang.Benchmarks;

/// <summary>Waits until a web host started by a benchmark answers 200 on <c>/health</c> (at most 3 minutes, or until it exits).</summary>
internal static class HealthWait
{
    public static async Task UntilHealthyAsync(Uri url, Process process)
    {
        using var http = new HttpClient { BaseAddress = url };
        for (var deadline = DateTime.UtcNow.AddMinutes(3); DateTime.UtcNow < deadline && !process.HasExited;)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("the web host did not become healthy within 3 minutes");
    }
}
