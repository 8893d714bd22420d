using System.Net;
using System.Net.Sockets;

namespace SanXiang.EndToEnd.Tests;

internal static class FreePort
{
    /// <summary>A loopback port nothing listens on right now (the OS picks it), so tests never take 5080, 11111 or 30000.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
