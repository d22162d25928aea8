using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Thuiszitters.Gateway.Feed.Webhooks;

namespace Thuiszitters.Gateway.Tests.Feed;

/// <summary>Pushing the feed to webhooks: in order, signed, retried while the receiver is down, dead-lettered and sent again.</summary>
public sealed class WebhookTests : IAsyncLifetime
{
    private readonly FeedHarness harness = new();

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task ReceiverDownForAWhile_GetsEveryEventOnceInOrderWithValidSignatures()
    {
        await using var receiver = await WebhookReceiver.StartAsync(harness.Clock);
        receiver.Down = true;
        var key = await harness.KeyAsync("leerplicht:0361");
        var subscription = await SubscribeAsync(key, receiver.Url.ToString());
        receiver.Secret = subscription.GetProperty("secret").GetString()!;
        Assert.StartsWith("whsec_", receiver.Secret, StringComparison.Ordinal);

        await UntilAsync(() => receiver.Refused >= 3);
        await harness.Region.MoveAsync();
        await harness.Region.ReturnAsync();
        await harness.Region.UnenrolAsync();
        await UntilAsync(() => receiver.Refused >= 5);
        receiver.Down = false;
        await UntilAsync(() => receiver.Items.Count >= 5);

        Assert.Equal(
            [
                $"1 upsert {FeedRegion.LongAbsent}", $"2 upsert {FeedRegion.AtRisk}",
                $"3 removal {FeedRegion.LongAbsent}", $"4 removal {FeedRegion.AtRisk}", $"5 upsert {FeedRegion.Attending}",
            ],
            FeedWalker.Lines(receiver.Items));
        Assert.Equal(0, receiver.Unverified);
        Assert.Equal(0, receiver.Repeats);
        Assert.Equal("ABSOLUTE_ABSENCE", receiver.Items[4].GetProperty("pupil").GetProperty("status").GetString());
    }

    [Fact]
    public async Task PastTheRetryLimit_DeadLetteredShownAndRedeliverable()
    {
        harness.Settings["Feed:Webhooks:RetryLimit"] = "00:01:00";
        await using var receiver = await WebhookReceiver.StartAsync(harness.Clock);
        receiver.Down = true;
        var key = await harness.KeyAsync("leerplicht:0361");
        var subscription = await SubscribeAsync(key, receiver.Url.ToString());
        receiver.Secret = subscription.GetProperty("secret").GetString()!;
        var id = subscription.GetProperty("id").GetString();
        using var client = harness.Client(key);

        var dead = await UntilAsync(async () =>
            (await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/gemeenten/0361/subscriptions/{id}/deliveries?state=DEAD", UriKind.Relative))).EnumerateArray().ToList() is [var d] ? d : (JsonElement?)null);
        Assert.Equal("HTTP 503", dead.GetProperty("lastError").GetString());
        var listed = Assert.Single((await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/gemeenten/0361/subscriptions", UriKind.Relative))).EnumerateArray());
        Assert.Equal(1, listed.GetProperty("dead").GetInt64());
        Assert.Empty(receiver.Items);

        receiver.Down = false;
        using var redeliver = await client.PostAsync(new Uri($"/api/v1/gemeenten/0361/subscriptions/{id}/deliveries/{dead.GetProperty("id").GetInt64()}/redeliver", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, redeliver.StatusCode);
        await UntilAsync(() => receiver.Items.Count >= 2);
        Assert.Equal([$"1 upsert {FeedRegion.LongAbsent}", $"2 upsert {FeedRegion.AtRisk}"], FeedWalker.Lines(receiver.Items));
    }

    [Theory]
    [InlineData("http://example.org/hook", false, "url must use https")]
    [InlineData("https://example.org/hook", false, null)]
    [InlineData("http://127.0.0.1:9/hook", false, "loopback URLs are not allowed here")]
    [InlineData("http://127.0.0.1:9/hook", true, null)]
    [InlineData("http://localhost/hook", true, null)]
    [InlineData("https://user:pw@example.org/hook", false, "url must not hold a user name or password")]
    [InlineData("ftp://example.org/hook", true, "url must use https")]
    [InlineData("hook", true, "url must be an absolute URL")]
    public void UrlPolicy_HttpsOnlyOutsideLoopback(string url, bool allowLoopback, string? expected) =>
        Assert.Equal(expected, WebhookUrlPolicy.Check(url, allowLoopback));

    [Fact]
    public async Task Subscribe_PlainHttpUrl_400NamingUrl()
    {
        var key = await harness.KeyAsync("leerplicht:0361");
        using var response = await harness.Client(key).PostAsJsonAsync(new Uri("/api/v1/gemeenten/0361/subscriptions", UriKind.Relative), new { url = "http://example.org/hook" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("url", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parameter").GetString());
    }

    [Fact]
    public void Sign_StandardWebhooksExample_SameSignature()
    {
        // The example of the Standard Webhooks specification.
        var signature = WebhookSigner.Sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}");
        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
        Assert.True(StandardWebhookVerifier.Verify("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", "v1,bm9wZQ== " + signature, "{\"test\": 2432232314}", DateTimeOffset.FromUnixTimeSeconds(1614265330)));
    }

    private async Task<JsonElement> SubscribeAsync(string key, string url)
    {
        using var response = await harness.Client(key).PostAsJsonAsync(new Uri("/api/v1/gemeenten/0361/subscriptions", UriKind.Relative), new { url });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Waits for the condition, moving the gateway's clock on by 10 s every 50 ms (retries wait on that clock).</summary>
    private Task<bool> UntilAsync(Func<bool> condition) => UntilAsync(() => Task.FromResult(condition() ? (bool?)true : null));

    private async Task<T> UntilAsync<T>(Func<Task<T?>> condition)
        where T : struct
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            if (await condition() is { } value)
            {
                return value;
            }

            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), "timed out");
            harness.Clock.Now = harness.Clock.Now.AddSeconds(10);
            await Task.Delay(50);
        }
    }
}
