using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Thuiszitters.Fakes.SisApi;

/// <summary>
/// A loopback TCP proxy in front of a fake: passes bytes both ways, except that a response carrying the header
/// <see cref="DropHeader"/> is cut off after its headers and a few bytes of its body, and the connection closed, as a
/// server or network that fails mid-body does. (WireMock's own faults keep the HTTP framing intact.)
/// </summary>
internal sealed class DroppingProxy : IDisposable
{
    public const string DropHeader = "X-Fake-Drop";

    private static readonly byte[] Marker = Encoding.ASCII.GetBytes(DropHeader);
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Uri upstream;
    private readonly CancellationTokenSource stop = new();

    public DroppingProxy(Uri upstream)
    {
        this.upstream = upstream;
        listener.Start();
        _ = AcceptAsync();
    }

    public Uri Url => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");

    public int Dropped => dropped;

    private int dropped;

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        using (var server = new TcpClient())
        {
            try
            {
                await server.ConnectAsync(upstream.Host, upstream.Port, stop.Token);
                var (down, up) = (client.GetStream(), server.GetStream());
                var requests = up.WriteAsync(down, stop.Token);
                var buffer = new byte[64 * 1024];
                int read;
                while ((read = await up.ReadAsync(buffer, stop.Token)) > 0)
                {
                    var chunk = buffer.AsSpan(0, read);
                    if (chunk.IndexOf(Marker) is var at and >= 0)
                    {
                        var headersEnd = chunk[at..].IndexOf("\r\n\r\n"u8) + at + 4;
                        await down.WriteAsync(buffer.AsMemory(0, Math.Min(read, headersEnd + 64)), stop.Token);
                        Interlocked.Increment(ref dropped);
                        client.Client.LingerState = new LingerOption(true, 0);
                        return;
                    }

                    await down.WriteAsync(buffer.AsMemory(0, read), stop.Token);
                }

                await requests;
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client or the fake went away: nothing to pass on.
            }
        }
    }
}

internal static class StreamCopy
{
    public static async Task WriteAsync(this Stream to, Stream from, CancellationToken cancellationToken)
    {
        try
        {
            await from.CopyToAsync(to, cancellationToken);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Closed while copying.
        }
    }
}
