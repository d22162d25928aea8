using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Thuiszitters.Gateway.Tests.Feed;

/// <summary>
/// A webhook receiver on Kestrel at 127.0.0.1 (a free port): answers 503 while <see cref="Down"/>, else verifies each
/// message with <see cref="StandardWebhookVerifier"/>, takes it (204) and keeps its items, dropping a repeated webhook-id.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<JsonElement> items = new();
    private readonly ConcurrentDictionary<string, bool> seen = new(StringComparer.Ordinal);
    private readonly TimeProvider clock;
    private int refused;
    private int unverified;
    private int repeats;

    private WebhookReceiver(TimeProvider clock)
    {
        this.clock = clock;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.MapPost("/hook", ReceiveAsync);
    }

    public volatile bool Down;

    public string Secret { get; set; } = "whsec_";

    public Uri Url { get; private set; } = null!;

    public IReadOnlyList<JsonElement> Items => [.. items];

    public int Refused => refused;

    public int Unverified => unverified;

    public int Repeats => repeats;

    public static async Task<WebhookReceiver> StartAsync(TimeProvider clock)
    {
        var receiver = new WebhookReceiver(clock);
        await receiver.app.StartAsync();
        var address = receiver.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(address.TrimEnd('/') + "/hook");
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        if (Down)
        {
            Interlocked.Increment(ref refused);
            return Results.StatusCode(503);
        }

        var id = request.Headers["webhook-id"].ToString();
        if (!StandardWebhookVerifier.Verify(Secret, id, request.Headers["webhook-timestamp"], request.Headers["webhook-signature"], body, clock.GetUtcNow()))
        {
            Interlocked.Increment(ref unverified);
            return Results.StatusCode(401);
        }

        if (!seen.TryAdd(id, true))
        {
            Interlocked.Increment(ref repeats);
            return Results.NoContent();
        }

        foreach (var item in JsonSerializer.Deserialize<JsonElement>(body).GetProperty("data").GetProperty("items").EnumerateArray())
        {
            items.Enqueue(item.Clone());
        }

        return Results.NoContent();
    }
}
