using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Feed;

/// <summary>The change log that every reconciliation appends to: one event per changed item, dense per gemeente.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "Disposed by IAsyncLifetime.DisposeAsync.")]
public sealed class FeedChangeLogTests : IAsyncLifetime
{
    private readonly TestDatabase database = new();
    private FeedRegion? region;

    private FeedRegion Region => region!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        region = new FeedRegion(database.DataSource);
        await Region.LoadAsync();
    }

    public async Task DisposeAsync()
    {
        region?.Dispose();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task FullRun_FirstLoad_OneUpsertPerPupilInTheFeed()
    {
        Assert.Equal(
            [$"0361|1|{FeedRegion.LongAbsent}|upsert", $"0361|2|{FeedRegion.AtRisk}|upsert"],
            await EventsAsync());
        var item = Assert.Single(await RowsAsync($"SELECT item->>'status', item->>'since', item->>'band', item->'schools'->>0 FROM feed_items WHERE pgn = '{FeedRegion.LongAbsent}'"));
        Assert.Equal("LONG_TERM_ABSENCE|2026-03-02|4W_3M|12AB00", item);
    }

    [Fact]
    public async Task FullRun_NothingChanged_NoEvent()
    {
        await Region.Reconciliation.RunAsync(FeedRegion.AsOf, CancellationToken.None);
        await Region.ApplyAsync(SourceFiles.Brp(FeedRegion.Bergen, "20260416"));

        Assert.Equal(2, (await EventsAsync()).Count);
        Assert.Equal(["2|0", "0|0", "0|0"], await RowsAsync("SELECT upserts, removals FROM feed_run_logs ORDER BY run_id"));
    }

    [Fact]
    public async Task FullRunAgain_SameFactRows_NamesAndSourcesNotBuiltAgain_ItemsUnchanged()
    {
        var before = await RowsAsync("SELECT pgn || '|' || md5(body) FROM feed_items ORDER BY pgn");

        await Region.Reconciliation.RunAsync(FeedRegion.AsOf, CancellationToken.None);
        await Region.ApplyAsync(SourceFiles.Brp(FeedRegion.Bergen, "20260416"));

        // The first load builds both feed pupils; a full run on the same rows and another gemeente's extract build none.
        Assert.Equal(["2", "0", "0"], await RowsAsync("SELECT rebuilt FROM feed_run_logs ORDER BY run_id"));
        Assert.Equal(before, await RowsAsync("SELECT pgn || '|' || md5(body) FROM feed_items ORDER BY pgn"));
        Assert.Equal(
            await RowsAsync("SELECT pgn || '|' || facts_hash FROM pupil_states WHERE pgn IN (SELECT pgn FROM feed_items) ORDER BY pgn"),
            await RowsAsync("SELECT pgn || '|' || facts_hash FROM feed_provenance ORDER BY pgn"));
    }

    [Fact]
    public async Task OnderwijsnummerLinkedAgain_ItsRowsMoveToThePupilOfTheLatestLink()
    {
        // An onderwijsnummer-only school record, linked by one ROD recipient to the long-absent pupil and later by
        // another to the pupil at risk: its name is shown under the latest link's pupil only, as the reconciliation
        // attaches it (and as both pupils' fact fingerprints change).
        var onderwijsnummer = Pgns.Onderwijsnummer(7);
        var pupils = SourceFiles.Pupils(FeedRegion.School, "20260416");
        for (var i = 0; i < FeedRegion.All.Count; i++)
        {
            pupils.Pupil(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"S{i}"), bsn: FeedRegion.All[i], achternaam: "Leerling" + i);
        }

        pupils.Pupil("S9", onderwijsnummer: onderwijsnummer, achternaam: "Gekoppeld");
        await Region.ApplyAsync(pupils);
        await Region.ApplyAsync(SourceFiles.RodComplete("00AA", 1).Link(FeedRegion.LongAbsent, onderwijsnummer));
        Assert.Equal([FeedRegion.LongAbsent], await SurnameHoldersAsync("Gekoppeld"));

        await Region.ApplyAsync(SourceFiles.RodComplete("00BB", 1, created: "20260402").Link(FeedRegion.AtRisk, onderwijsnummer));

        Assert.Equal([FeedRegion.AtRisk], await SurnameHoldersAsync("Gekoppeld"));
    }

    private Task<IReadOnlyList<string>> SurnameHoldersAsync(string surname) => RowsAsync(
        $"SELECT DISTINCT pgn FROM feed_items, jsonb_array_elements(convert_from(body, 'UTF8')::jsonb->'names') n WHERE present AND n->>'surname' = '{surname}' ORDER BY pgn");

    [Fact]
    public async Task Deltas_MoveReturnUnenrol_RemovalInOldGemeenteUpsertInNewAndEachChangeOnce()
    {
        await Region.MoveAsync();
        await Region.ReturnAsync();
        await Region.UnenrolAsync();

        Assert.Equal(
            [
                $"0361|1|{FeedRegion.LongAbsent}|upsert", $"0361|2|{FeedRegion.AtRisk}|upsert",
                $"0361|3|{FeedRegion.LongAbsent}|removal", $"0361|4|{FeedRegion.AtRisk}|removal", $"0361|5|{FeedRegion.Attending}|upsert",
                $"0373|1|{FeedRegion.LongAbsent}|upsert",
            ],
            await EventsAsync());
        var unenrolled = Assert.Single(await RowsAsync($"SELECT item->>'status', c->>'code', c->>'school', c->>'date', c->>'acts' FROM feed_items, jsonb_array_elements(item->'openConflicts') c WHERE pgn = '{FeedRegion.Attending}'"));
        Assert.Equal("ABSOLUTE_ABSENCE|UNENROLLED_WITHOUT_NEW_SCHOOL|12AB00|2026-03-31|LEAVING_SCHOOL_AND_LEERPLICHT", unenrolled);

        // Names and sources are kept for the pupils in a feed only: the one back at school left none behind, the one who moved kept his.
        Assert.Equal(
            await RowsAsync("SELECT DISTINCT pgn FROM feed_items WHERE present ORDER BY pgn"),
            await RowsAsync("SELECT pgn FROM feed_provenance ORDER BY pgn"));
        Assert.DoesNotContain(FeedRegion.AtRisk, await RowsAsync("SELECT pgn FROM feed_provenance"));
    }

    [Fact]
    public async Task NewExtract_SameFacts_NoEvent_ItemStoredAgainWithTheNewFile()
    {
        var before = await BrpFilesAsync();
        var brp = SourceFiles.Brp(FeedRegion.Alkmaar, "20260416");
        for (var i = 0; i < FeedRegion.All.Count; i++)
        {
            brp.Resident(FeedRegion.All[i], achternaam: "Leerling" + i);
        }

        await Region.ApplyAsync(brp);

        Assert.Equal(2, (await EventsAsync()).Count);
        Assert.Equal("0|0|2|2", (await RowsAsync("SELECT upserts, removals, refreshes, rebuilt FROM feed_run_logs ORDER BY run_id DESC LIMIT 1"))[0]);
        var after = await BrpFilesAsync();
        Assert.Equal(2, after.Count);
        Assert.All(after, file => Assert.DoesNotContain(file, before));
    }

    [Fact]
    public async Task NameChangedAlone_AnUpsertWithTheNewName()
    {
        var brp = SourceFiles.Brp(FeedRegion.Alkmaar, "20260416");
        for (var i = 0; i < FeedRegion.All.Count; i++)
        {
            brp.Resident(FeedRegion.All[i], achternaam: FeedRegion.All[i] == FeedRegion.LongAbsent ? "Jansen" : "Leerling" + i);
        }

        await Region.ApplyAsync(brp);

        Assert.Equal(
            [$"0361|1|{FeedRegion.LongAbsent}|upsert", $"0361|2|{FeedRegion.AtRisk}|upsert", $"0361|3|{FeedRegion.LongAbsent}|upsert"],
            await EventsAsync());
        Assert.Equal(
            ["BRP|Jansen", "school|Leerling0"],
            await RowsAsync($"SELECT n->>'source', n->>'surname' FROM feed_items, jsonb_array_elements(convert_from(body, 'UTF8')::jsonb->'names') n WHERE pgn = '{FeedRegion.LongAbsent}' ORDER BY 1"));
    }

    [Fact]
    public async Task ConcurrentRuns_SequencesDenseAndEachRunContiguous()
    {
        // Two dates alternate: every run changes the items of both absent pupils (since/band differ per date).
        var runs = Enumerable.Range(0, 6).Select(i => Task.Run(() => Region.Reconciliation.RunAsync(FeedRegion.AsOf.AddDays(i % 2 == 0 ? 7 : 0), CancellationToken.None)));
        await Task.WhenAll(runs);

        var events = await RowsAsync("SELECT sequence, run_id FROM feed_events WHERE gemeente = '0361' ORDER BY sequence");
        var sequences = events.Select(e => long.Parse(e.Split('|')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
        var runOrder = events.Select(e => e.Split('|')[1]).Distinct().ToList();
        var contiguous = events.Select(e => e.Split('|')[1]).Where((r, i) => i == 0 || r != events[i - 1].Split('|')[1]).ToList();
        Assert.Equal(runOrder, contiguous);
        Assert.True(runOrder.Count >= 2, $"only {runOrder.Count} runs changed the feed");

        // Each item holds the sequence of its pupil's latest event.
        Assert.Empty(await RowsAsync("""
            SELECT i.pgn FROM feed_items i WHERE i.last_sequence <> (SELECT max(sequence) FROM feed_events e WHERE e.gemeente = i.gemeente AND e.pgn = i.pgn)
            """));
    }

    /// <summary>The BRP files the stored items' sources name, one per item.</summary>
    private Task<IReadOnlyList<string>> BrpFilesAsync() =>
        RowsAsync("SELECT s->>'file' FROM feed_items, jsonb_array_elements(convert_from(body, 'UTF8')::jsonb->'sources') s WHERE present AND s->>'fact' = 'INWONER' ORDER BY pgn");

    private Task<IReadOnlyList<string>> EventsAsync() =>
        RowsAsync("SELECT gemeente, sequence, pgn, type FROM feed_events ORDER BY gemeente, sequence");

    private Task<IReadOnlyList<string>> RowsAsync(string sql) => RegisterContents.RowsAsync(database.DataSource, sql);
}
