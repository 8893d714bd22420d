using Microsoft.Extensions.Options;

namespace SanXiang.Web.CaseFiles;

/// <summary>
/// How many anonymous verifications run at once (<see cref="CaseFileOptions.MaxConcurrentVerifications"/>):
/// each streams an upload to disk and hashes it, so without a bound a few clients take every core and the disk.
/// </summary>
public sealed class VerifyGate(IOptions<CaseFileOptions> options) : IDisposable
{
    private readonly SemaphoreSlim places = new(Math.Max(1, options.Value.MaxConcurrentVerifications));

    /// <summary>False when no place freed up in time.</summary>
    public Task<bool> EnterAsync(CancellationToken cancellationToken) =>
        places.WaitAsync(TimeSpan.FromSeconds(Math.Max(0, options.Value.VerifyQueueSeconds)), cancellationToken);

    public void Leave() => places.Release();

    public void Dispose() => places.Dispose();
}
