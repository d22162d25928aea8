using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Thuiszitters.Gateway.Feed.ApiKeys;
using Thuiszitters.Gateway.Tests.Api;

namespace Thuiszitters.Gateway.Tests.Feed;

/// <summary>What a key may not read is answered as a pupil that does not exist, and audited as a refused attempt.</summary>
public sealed class FeedRefusalTests : IAsyncLifetime
{
    private readonly FeedHarness harness = new();

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task OtherGemeentesFeedPupilExpiredRevoked_SameAnswerAsUnknownPupil_AuditedRefused()
    {
        var alkmaar = await harness.KeyAsync("leerplicht:0361");
        var expired = await harness.KeyAsync("leerplicht:0361", expires: new DateOnly(2026, 4, 14));
        var revoked = await harness.KeyAsync("leerplicht:0361");
        await harness.Region.MoveAsync();
        var unknownPupil = await AnswerAsync(alkmaar, "/api/v1/gemeenten/0361/pupils/999999990");

        // Works until revoked; refused once the key row is read again (within the key cache duration), without a restart.
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(revoked, "/api/v1/gemeenten/0361/feed")).Status);
        var store = new ApiKeyStore(harness.Database.DataSource, harness.Clock);
        var id = (await store.ListAsync(CancellationToken.None))[^1].Id;
        Assert.True(await store.RevokeAsync(id, CancellationToken.None));

        // The gateway reads a key row again after its key cache duration at the latest.
        await Task.Delay(FeedHarness.KeyCacheDuration + TimeSpan.FromMilliseconds(50));

        string[] refused =
        [
            await AnswerAsync(alkmaar, "/api/v1/gemeenten/0373/feed"),
            await AnswerAsync(alkmaar, "/api/v1/gemeenten/0373/pupils.csv"),
            await AnswerAsync(alkmaar, $"/api/v1/gemeenten/0373/pupils/{FeedRegion.LongAbsent}"),
            await AnswerAsync(alkmaar, $"/api/v1/gemeenten/0361/pupils/{FeedRegion.LongAbsent}"),
            await AnswerAsync(expired, "/api/v1/gemeenten/0361/feed"),
            await AnswerAsync(expired, $"/api/v1/gemeenten/0361/pupils/{FeedRegion.AtRisk}"),
            await AnswerAsync(revoked, "/api/v1/gemeenten/0361/feed"),
        ];

        Assert.All(refused, answer => Assert.Equal(unknownPupil, answer));
        Assert.StartsWith("404 ", unknownPupil, StringComparison.Ordinal);
        var audit = await harness.RowsAsync("SELECT outcome, reason, gemeente, action FROM feed_audit WHERE outcome = 'REFUSED' ORDER BY id");
        Assert.Equal(
            [
                "REFUSED|outside the key's scope|0373|feed", "REFUSED|outside the key's scope|0373|feed-csv",
                "REFUSED|outside the key's scope|0373|feed-pupil", "REFUSED|pupil of another gemeente|0361|feed-pupil",
                "REFUSED|key expired or revoked|0361|feed", "REFUSED|key expired or revoked|0361|feed-pupil",
                "REFUSED|key expired or revoked|0361|feed",
            ],
            audit);
        Assert.Equal(["REFUSED|" + FeedRegion.LongAbsent], await harness.RowsAsync("SELECT outcome, array_to_string(pgns, ',') FROM feed_audit WHERE action = 'feed-pupil' AND reason = 'pupil of another gemeente'"));
    }

    [Fact]
    public async Task UnknownKeyOrNone_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync("tzk_" + new string('x', 43), "/api/v1/gemeenten/0361/feed")).Status);
        using var anonymous = harness.Host.CreateClient();
        using var response = await anonymous.GetAsync(new Uri("/api/v1/gemeenten/0361/feed", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task People_LeerplichtOfTheGemeenteAndSwvRead_SchoolDoesNot()
    {
        var leerplicht = TestUsers.All.First(u => u.Role == Gateway.Security.CallerRole.Leerplicht);
        var school = TestUsers.All.First(u => u.Role == Gateway.Security.CallerRole.School);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(leerplicht.Token, $"/api/v1/gemeenten/{leerplicht.Organisation}/feed")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(school.Token, "/api/v1/gemeenten/0361/feed")).Status);
    }

    [Fact]
    public async Task SwvKey_ReadsEveryGemeente()
    {
        var swv = await harness.KeyAsync("swv:PO2801");
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(swv, "/api/v1/gemeenten/0361/feed")).Status);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(swv, "/api/v1/gemeenten/0373/feed")).Status);
    }

    /// <summary>Status, content type and the problem's title and detail: what tells one 404 from another.</summary>
    private async Task<string> AnswerAsync(string token, string url)
    {
        var (status, type, body) = await SendAsync(token, url);
        var problem = JsonSerializer.Deserialize<JsonElement>(body);
        return $"{(int)status} {type} {problem.GetProperty("title").GetString()} {problem.GetProperty("detail").GetString()} {problem.GetProperty("status").GetInt32()}";
    }

    private async Task<(HttpStatusCode Status, string? Type, string Body)> SendAsync(string token, string url)
    {
        using var response = await harness.Client(token).GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsStringAsync());
    }
}
