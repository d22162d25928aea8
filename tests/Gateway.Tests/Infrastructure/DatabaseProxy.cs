using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Thuiszitters.Gateway.Tests.Infrastructure;

/// <summary>
/// A TCP relay between a host under test and the PostgreSQL server, so that a test can restart "the database" for that
/// host alone, as the host sees a restart: <see cref="GoDown"/> drops every open connection and refuses new ones until
/// <see cref="ComeBackAsync"/> listens again on the same port. Other tests on the shared server see nothing.
/// </summary>
public sealed class DatabaseProxy : IAsyncDisposable
{
    private readonly IPEndPoint target;
    private readonly List<Socket> open = [];
    private readonly CancellationTokenSource disposed = new();
    private TcpListener? listener;
    private Task accepting = Task.CompletedTask;

    public DatabaseProxy(string serverConnectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString);
        var host = builder.Host is null or "localhost" ? IPAddress.Loopback
            : IPAddress.TryParse(builder.Host, out var address) ? address
            : Dns.GetHostAddresses(builder.Host).OrderBy(a => a.AddressFamily == AddressFamily.InterNetwork ? 0 : 1).First();
        target = new IPEndPoint(host, builder.Port);
        listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        accepting = AcceptAsync(listener);
    }

    public int Port { get; }

    /// <summary>Connections relayed so far (each one the host opened).</summary>
    public int Relayed { get; private set; }

    /// <summary><paramref name="connectionString"/> with its host and port the relay's.</summary>
    public string Through(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Host = "127.0.0.1", Port = Port }.ConnectionString;

    /// <summary>The server goes down: every open connection is cut, and connecting is refused.</summary>
    public void GoDown()
    {
        listener?.Stop();
        listener = null;
        lock (open)
        {
            foreach (var socket in open)
            {
                socket.Close(0);
            }

            open.Clear();
        }
    }

    /// <summary>The server is back: the relay listens again on the same port.</summary>
    public async Task ComeBackAsync()
    {
        await accepting.ConfigureAwait(false);
        var again = new TcpListener(IPAddress.Loopback, Port);
        again.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        again.Start();
        listener = again;
        accepting = AcceptAsync(again);
    }

    public async ValueTask DisposeAsync()
    {
        await disposed.CancelAsync();
        GoDown();
        await accepting.ConfigureAwait(false);
        disposed.Dispose();
    }

    private async Task AcceptAsync(TcpListener from)
    {
        while (true)
        {
            Socket client;
            try
            {
                client = await from.AcceptSocketAsync(disposed.Token);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
            {
                return;
            }

            var server = new Socket(SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await server.ConnectAsync(target, disposed.Token);
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException)
            {
                client.Close(0);
                server.Dispose();
                continue;
            }

            lock (open)
            {
                open.Add(client);
                open.Add(server);
                Relayed++;
            }

            _ = PumpAsync(client, server);
            _ = PumpAsync(server, client);
        }
    }

    private async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None, disposed.Token);
                if (read == 0)
                {
                    break;
                }

                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, disposed.Token);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // Cut by GoDown or by either side: the other side is closed below.
        }

        from.Close(0);
        to.Close(0);
        lock (open)
        {
            open.Remove(from);
            open.Remove(to);
        }
    }
}
