using System.Net;
using System.Net.Sockets;

namespace Rinde.Bench;

/// <summary>
/// Clients that connect from distinct loopback addresses (127.2.x.y: Linux routes the whole of
/// 127.0.0.0/8 to the loopback interface), so each is a different citizen to the per-sender
/// limit — directly, and through nginx, which forwards the address in X-Forwarded-For. No
/// header is forged and the proxy's configuration stays the one docs/deploy.md documents.
/// </summary>
public static class LoopbackSenders
{
    public static IPAddress Address(int sender) => new([127, 2, (byte)(sender / 250), (byte)(1 + sender % 250)]);

    public static HttpClient Client(Uri server, int sender)
    {
        var source = new IPEndPoint(Address(sender), 0);
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 512,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(source);
                    await socket.ConnectAsync(context.DnsEndPoint, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
    }
}
