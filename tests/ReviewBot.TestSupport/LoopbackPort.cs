using System.Net;
using System.Net.Sockets;

namespace ReviewBot.TestSupport;

/// <summary>Loopback ports for servers a test starts itself.</summary>
public static class LoopbackPort
{
    /// <summary>A port nothing listens on right now (the OS picks it; free again once this returns).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
