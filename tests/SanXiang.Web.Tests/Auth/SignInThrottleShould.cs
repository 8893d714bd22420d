using System.Net;
using Microsoft.Extensions.Options;
using SanXiang.Web.Auth;

namespace SanXiang.Web.Tests.Auth;

public sealed class SignInThrottleShould
{
    [Fact]
    public void BlockAnAddressOnceItsFailuresAreSpent()
    {
        using var throttle = new SignInThrottle(Options.Create(new SignInThrottleOptions { FailuresPerAddress = 3, FailuresPerMinute = 1 }));
        var address = IPAddress.Parse("203.0.113.5");
        for (var i = 0; i < 3; i++)
        {
            Assert.False(throttle.IsBlocked(address));
            throttle.RecordFailure(address);
        }

        Assert.True(throttle.IsBlocked(address));
        Assert.False(throttle.IsBlocked(IPAddress.Parse("203.0.113.6")));
    }

    [Fact]
    public async Task StayBlockedAMomentLater()
    {
        using var throttle = new SignInThrottle(Options.Create(new SignInThrottleOptions { FailuresPerAddress = 1, FailuresPerMinute = 1 }));
        var address = IPAddress.Parse("203.0.113.7");
        throttle.RecordFailure(address);

        // An empty token bucket grants a zero-permit lease once it has been empty for a while; the
        // throttle must not take that for room.
        await Task.Delay(TimeSpan.FromMilliseconds(400));

        Assert.True(throttle.IsBlocked(address));
    }

    [Fact]
    public void TreatAnIPv6Slash64AsOneClient()
    {
        using var throttle = new SignInThrottle(Options.Create(new SignInThrottleOptions { FailuresPerAddress = 2, FailuresPerMinute = 1 }));
        throttle.RecordFailure(IPAddress.Parse("2001:db8:5:6::1"));
        throttle.RecordFailure(IPAddress.Parse("2001:db8:5:6:aaaa::2"));

        Assert.True(throttle.IsBlocked(IPAddress.Parse("2001:db8:5:6:ffff:ffff:ffff:ffff")));
        Assert.False(throttle.IsBlocked(IPAddress.Parse("2001:db8:5:7::1")));
    }
}
