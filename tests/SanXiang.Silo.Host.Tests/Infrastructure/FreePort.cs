using System.Net;
using System.Net.Sockets;

namespace SanXiang.Silo.Host.Tests.Infrastructure;

/// <summary>Ports the kernel says are free now, so that test classes running in parallel never share a silo port.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
