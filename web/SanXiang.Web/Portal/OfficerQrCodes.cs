using Microsoft.Extensions.Caching.Memory;

namespace SanXiang.Web.Portal;

/// <summary>
/// The officers' QR codes, drawn once per address and kept for a while: a code depends on its address alone, and drawing
/// one costs more than the rest of the officer's page. Bounded, so a crawl of every officer cannot fill the memory.
/// </summary>
public sealed class OfficerQrCodes : IDisposable
{
    private const int Codes = 2_000;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = Codes });

    public string Svg(Uri officerPage)
    {
        ArgumentNullException.ThrowIfNull(officerPage);
        return cache.GetOrCreate(officerPage.AbsoluteUri, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            return OfficerQrCode.Svg(officerPage);
        })!;
    }

    public void Dispose() => cache.Dispose();
}
