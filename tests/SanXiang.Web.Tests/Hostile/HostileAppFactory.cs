using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using SanXiang.Web.Tests.GraphQL;

namespace SanXiang.Web.Tests.Hostile;

/// <summary>
/// A host of its own for the hostile suite: its sign-in budgets, lockouts and sessions are not
/// shared with the other tests, and its answers are capped at <see cref="MaxResponseBytes"/> so that
/// an alias batch over real data reaches the cap.
/// </summary>
public sealed class HostileAppFactory : GraphQLAppFactory
{
    public const long MaxResponseBytes = 64 * 1024;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("SanXiang:GraphQL:MaxResponseBytes", MaxResponseBytes.ToString(CultureInfo.InvariantCulture));
    }
}
