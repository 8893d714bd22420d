using Microsoft.AspNetCore.Hosting;
using SanXiang.Web.Tests.GraphQL;

namespace SanXiang.Web.Tests.Hostile;

/// <summary>A host whose GraphQL time limit is one millisecond, shorter than any sign-in's password hashing.</summary>
public sealed class TimeLimitAppFactory : GraphQLAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("SanXiang:GraphQL:TimeLimit", "00:00:00.001");
    }
}
