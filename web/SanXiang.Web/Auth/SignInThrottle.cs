using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace SanXiang.Web.Auth;

/// <summary>
/// Wrong passwords per client address (the per-account lockout is the account grain's), with the
/// token bucket of System.Threading.RateLimiting that ASP.NET Core's rate limiter is built on. The
/// middleware form would count every request to <c>/graphql</c>; this counts failed sign-ins only,
/// at both front doors (the console's form and the API's <c>login</c>). Each web process keeps its
/// own buckets: in a cluster an address gets this budget at every web process.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    public SignInThrottle(IOptions<SignInThrottleOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetTokenBucketLimiter(address, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = settings.FailuresPerAddress,
            TokensPerPeriod = settings.FailuresPerMinute,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>
    /// True while the address has used up its wrong passwords; checks without spending one. Read from
    /// the bucket's statistics: a lease of zero permits is granted by an empty bucket once a moment has
    /// passed since it emptied, so it cannot tell.
    /// </summary>
    public bool IsBlocked(IPAddress? address) => limiter.GetStatistics(Partition(address)) is { CurrentAvailablePermits: <= 0 };

    public void RecordFailure(IPAddress? address)
    {
        using var lease = limiter.AttemptAcquire(Partition(address));
    }

    public void Dispose() => limiter.Dispose();

    // An IPv6 client controls its whole /64, so the /64 is one client.
    private static string Partition(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes).ToString() + "/64";
        }

        return address.ToString();
    }
}
