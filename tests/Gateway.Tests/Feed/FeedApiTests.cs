using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Thuiszitters.Gateway.Feed.ApiKeys;

namespace Thuiszitters.Gateway.Tests.Feed;

/// <summary>The pull API of the leerplicht feed: walks, cursors across deliveries and restarts, the pupil, the CSV.</summary>
public sealed class FeedApiTests : IAsyncLifetime
{
    private readonly FeedHarness harness = new();

    public Task InitializeAsync() => harness.InitializeAsync();

    public Task DisposeAsync() => harness.DisposeAsync();

    [Fact]
    public async Task Walk_DeliveriesThenRestart_FromSavedCursorExactlyThoseChangesOnceInOrder()
    {
        var alkmaar = await harness.KeyAsync("leerplicht:0361");
        var (first, cursor) = await FeedWalker.WalkAsync(harness.Client(alkmaar), FeedRegion.Alkmaar, null, limit: 1);
        Assert.Equal([$"1 upsert {FeedRegion.LongAbsent}", $"2 upsert {FeedRegion.AtRisk}"], FeedWalker.Lines(first));
        var longAbsent = first[0].GetProperty("pupil");
        Assert.Equal("LONG_TERM_ABSENCE", longAbsent.GetProperty("status").GetString());
        Assert.Equal("2026-03-02", longAbsent.GetProperty("since").GetString());
        Assert.Equal("0361", longAbsent.GetProperty("woongemeente").GetString());

        await harness.Region.MoveAsync();
        await harness.Region.ReturnAsync();
        await harness.Region.UnenrolAsync();
        await harness.RestartAsync();

        var (changes, end) = await FeedWalker.WalkAsync(harness.Client(alkmaar), FeedRegion.Alkmaar, cursor, limit: 2);
        Assert.Equal(
            [$"3 removal {FeedRegion.LongAbsent}", $"4 removal {FeedRegion.AtRisk}", $"5 upsert {FeedRegion.Attending}"],
            FeedWalker.Lines(changes));
        Assert.False(changes[0].TryGetProperty("pupil", out _));
        var conflict = Assert.Single(changes[2].GetProperty("pupil").GetProperty("openConflicts").EnumerateArray());
        Assert.Equal("UNENROLLED_WITHOUT_NEW_SCHOOL", conflict.GetProperty("code").GetString());
        Assert.Equal("2026-03-31", conflict.GetProperty("date").GetString());

        // Nothing more, and the cursor stays where it is.
        var (none, same) = await FeedWalker.WalkAsync(harness.Client(alkmaar), FeedRegion.Alkmaar, end, limit: 100);
        Assert.Empty(none);
        Assert.Equal(end, same);

        // Old cursor or none: the walk ends in the current state.
        var state = FeedWalker.Apply(changes, FeedWalker.Apply(first));
        var (all, _) = await FeedWalker.WalkAsync(harness.Client(alkmaar), FeedRegion.Alkmaar, null, limit: 100);
        Assert.Equal([FeedRegion.Attending], FeedWalker.Apply(all));
        Assert.Equal([FeedRegion.Attending], state);

        var bergen = await harness.KeyAsync("leerplicht:0373");
        var (moved, _) = await FeedWalker.WalkAsync(harness.Client(bergen), FeedRegion.Bergen, null, limit: 100);
        Assert.Equal([$"1 upsert {FeedRegion.LongAbsent}"], FeedWalker.Lines(moved));
        Assert.Equal("0373", moved[0].GetProperty("pupil").GetProperty("woongemeente").GetString());
    }

    [Fact]
    public async Task Compaction_KeepsTheLatestEventPerPupil_WalksEndTheSame()
    {
        var key = await harness.KeyAsync("admin");
        var (_, cursor) = await FeedWalker.WalkAsync(harness.Client(key), FeedRegion.Alkmaar, null, limit: 1);
        await harness.Region.ReturnAsync();
        await harness.Region.Reconciliation.RunAsync(FeedRegion.AsOf.AddDays(1), CancellationToken.None);
        var before = FeedWalker.Lines((await FeedWalker.WalkAsync(harness.Client(key), FeedRegion.Alkmaar, null, 100)).Items);

        Assert.True(await Gateway.Feed.FeedCompaction.CompactAsync(harness.Database.DataSource, CancellationToken.None) > 0);

        Assert.Equal(before, FeedWalker.Lines((await FeedWalker.WalkAsync(harness.Client(key), FeedRegion.Alkmaar, null, 100)).Items));
        var (fromOld, _) = await FeedWalker.WalkAsync(harness.Client(key), FeedRegion.Alkmaar, cursor, 100);
        Assert.Equal([FeedRegion.LongAbsent], FeedWalker.Apply(fromOld, new SortedSet<string>(StringComparer.Ordinal) { FeedRegion.LongAbsent, FeedRegion.AtRisk }));
    }

    [Fact]
    public async Task Pupil_InTheFeed_NamesAndSourcesWithFileLineAndReceived()
    {
        var key = await harness.KeyAsync("leerplicht:0361");
        using var response = await harness.Client(key).GetAsync(new Uri($"/api/v1/gemeenten/0361/pupils/{FeedRegion.LongAbsent}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var pupil = await response.Content.ReadFromJsonAsync<JsonElement>();
        var names = pupil.GetProperty("names").EnumerateArray().Select(n => $"{n.GetProperty("source").GetString()} {n.GetProperty("surname").GetString()} {n.GetProperty("birthDate").GetString()}").ToList();
        Assert.Equal(["BRP Leerling0 2013-05-20", "school Leerling0 2013-05-20"], names);
        var sources = pupil.GetProperty("sources").EnumerateArray().ToList();
        Assert.Contains(sources, s => s.GetProperty("fact").GetString() == "VERZUIM" && s.GetProperty("file").GetString() == "verzuim_12AB00_20260415.csv" && s.GetProperty("line").GetInt64() == 2);
        Assert.All(sources, s => Assert.True(s.GetProperty("received").GetDateTimeOffset() > DateTimeOffset.MinValue));
    }

    [Fact]
    public async Task Csv_DutchHeadersSemicolonsUtf8WithBom()
    {
        var key = await harness.KeyAsync("leerplicht:0361");
        using var response = await harness.Client(key).GetAsync(new Uri("/api/v1/gemeenten/0361/pupils.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("BSN/onderwijsnummer;Achternaam;Voorvoegsel;Voornamen;Geboortedatum;Status;Sinds;Duur;Scholen;Woongemeente;Open conflicten", lines[0], StringComparison.Ordinal);
        Assert.Equal($"{FeedRegion.LongAbsent};Leerling0;;Piet;20-05-2013;LONG_TERM_ABSENCE;02-03-2026;4W_3M;12AB00;0361;NO_PLAN;SCHOOL;22-04-2026", lines[1]);
        Assert.Equal(3, lines.Length);
        Assert.Equal(["ALLOWED|2"], await harness.RowsAsync("SELECT outcome, pupil_count FROM feed_audit WHERE action = 'feed-csv'"));
    }

    [Fact]
    public async Task FeedRead_Audited_OneRowPerRequestWithKeyGemeenteAndPupils()
    {
        var key = await harness.KeyAsync("leerplicht:0361");
        await FeedWalker.WalkAsync(harness.Client(key), FeedRegion.Alkmaar, null, limit: 100);

        var row = Assert.Single(await harness.RowsAsync("SELECT api_key_name, gemeente, action, outcome, pupil_count, array_to_string(pgns, ',') FROM feed_audit"));
        Assert.Equal($"test leerplicht:0361|0361|feed|ALLOWED|2|{FeedRegion.LongAbsent},{FeedRegion.AtRisk}", row);
    }

    [Theory]
    [InlineData("/api/v1/gemeenten/0361/feed?limit=0", "limit")]
    [InlineData("/api/v1/gemeenten/0361/feed?limit=1001", "limit")]
    [InlineData("/api/v1/gemeenten/0361/feed?limit=ten", "limit")]
    [InlineData("/api/v1/gemeenten/0361/feed?cursor=bm9uc2Vuc2U", "cursor")]
    [InlineData("/api/v1/gemeenten/0361/feed?cursor=%00", "cursor")]
    [InlineData("/api/v1/gemeenten/0361/feed?cursor=Zj%00E6MDM2MTox", "cursor")]
    [InlineData("/api/v1/gemeenten/0361/feed?limit=1%00", "limit")]
    [InlineData("/api/v1/gemeenten/0361/feed?other=%00", "other")]
    [InlineData("/api/v1/gemeenten/03x1/feed", "code")]
    [InlineData("/api/v1/gemeenten/0361/pupils/12345", "pgn")]
    public async Task BadParameter_400ProblemNamingIt(string url, string parameter)
    {
        var key = await harness.KeyAsync("leerplicht:0361");
        using var response = await harness.Client(key).GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task OverlongParameter_400()
    {
        var key = await harness.KeyAsync("leerplicht:0361");
        using var response = await harness.Client(key).GetAsync(new Uri("/api/v1/gemeenten/0361/feed?cursor=" + new string('a', 5000), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("cursor", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task CursorOfAnotherGemeente_400()
    {
        var admin = await harness.KeyAsync("admin");
        var (_, cursor) = await FeedWalker.WalkAsync(harness.Client(admin), FeedRegion.Alkmaar, null, 100);
        using var response = await harness.Client(admin).GetAsync(new Uri("/api/v1/gemeenten/0373/feed?cursor=" + cursor, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public void Scope_Parse_OnlyTheThreeKinds()
    {
        Assert.Equal("leerplicht:0361", ApiKeyScope.Parse("leerplicht:0361")?.ToString());
        Assert.Equal("swv:PO2801", ApiKeyScope.Parse("swv:PO2801")?.ToString());
        Assert.Equal("admin", ApiKeyScope.Parse("admin")?.ToString());
        Assert.Null(ApiKeyScope.Parse("leerplicht:361"));
        Assert.Null(ApiKeyScope.Parse("root"));
    }
}
