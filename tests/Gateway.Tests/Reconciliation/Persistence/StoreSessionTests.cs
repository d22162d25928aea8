using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Thuiszitters.Generator;
using Thuiszitters.Gateway.Ingest;
using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Reconciliation.Persistence;
using Thuiszitters.Gateway.Reconciliation.Reading;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Reconciliation.Persistence;

/// <summary>
/// A full run read and stored bucket by bucket leaves the register exactly as one batch of everyone would: the same
/// pupil states, name keys and open conflicts (persons whose records fall in different buckets never split).
/// </summary>
public sealed class StoreSessionTests : IAsyncLifetime
{
    private static readonly DateOnly AsOf = new(2026, 4, 15);
    private readonly TestDatabase database = new();
    private readonly string folder = Directory.CreateTempSubdirectory("tz-buckets-").FullName;

    public Task InitializeAsync() => database.InitializeAsync();

    public async Task DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        await database.DisposeAsync();
    }

    [Theory]
    [InlineData(11, 1)]
    [InlineData(12, 4)]
    [InlineData(13, 7)]
    public async Task WriteAsync_RunInBuckets_StoresWhatOneBatchGives(int seed, int buckets)
    {
        Assert.Equal(0, await GenerateCommand.RunAsync(
            ["--out", folder, "--pupils", "600", "--schools", "12", "--seed", seed.ToString(CultureInfo.InvariantCulture), "--as-of", "2026-04-15"], CancellationToken.None));
        var ingestor = new DeliveryIngestor(database.DataSource, TimeProvider.System, IngestOptions.Default, NullLogger<DeliveryIngestor>.Instance);
        await new DropFolderIngestor(ingestor).IngestFolderAsync(folder, CancellationToken.None);
        var facts = await new RegisterFactsLoader(database.DataSource).LoadAsync(CancellationToken.None);
        var expected = ReconciliationRun.Of(facts, AsOf);
        Assert.True(expected.Pupils.Count > 300, $"{expected.Pupils.Count} pupils");

        var batches = 0;
        var store = new ReconciliationStore(database.DataSource, TimeProvider.System);
        await using (var session = await store.BeginAsync(AsOf, null, CancellationToken.None))
        {
            var register = await new RegisterFactsLoader(database.DataSource).StreamAsync(null, buckets, async (batch, token) =>
            {
                batches += batch.Persons.Count > 0 ? 1 : 0;
                var outcomes = ReconciliationRun.ReconcileAll(batch.Persons, batch.Region, AsOf);
                await session.WriteAsync(outcomes, outcomes.SelectMany(o => o.Conflicts), batch.NameKeys, token);
            }, CancellationToken.None);
            await session.WriteAsync([], register.RegisterConflicts, [], CancellationToken.None);
            await session.CompleteAsync(register.Region, CancellationToken.None);
        }

        Assert.True(batches >= Math.Min(buckets, 2), $"{batches} non-empty batches");
        Assert.Equal(
            expected.Pupils.Select(p => Line(p.Pgn ?? p.SourceKey, Names.Of(p.Status), p.Since, p.Gemeente, string.Join(',', p.Schools))).Order(StringComparer.Ordinal),
            await RowsAsync("SELECT person_key, status, since, gemeente, array_to_string(schools, ',') FROM pupil_states", r =>
                Line(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetFieldValue<DateOnly>(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4))));
        Assert.Equal(
            expected.Conflicts.Select(c => c.Identity).Order(StringComparer.Ordinal),
            await RowsAsync("SELECT identity FROM conflicts WHERE state = 'OPEN'", r => r.GetString(0)));
        Assert.Equal(
            facts.NameKeys.Select(k => $"{k.PersonKey}|{k.BirthYear}-{k.BirthMonth}-{k.BirthDay}|{k.Surname}").Distinct().Order(StringComparer.Ordinal),
            await RowsAsync("SELECT person_key || '|' || birth_year || '-' || birth_month || '-' || birth_day || '|' || surname FROM person_name_keys", r => r.GetString(0)));
    }

    private static string Line(string? key, string status, DateOnly? since, string? gemeente, string schools) =>
        string.Create(CultureInfo.InvariantCulture, $"{key}|{status}|{since:yyyy-MM-dd}|{gemeente}|{schools}");

    private async Task<List<string>> RowsAsync(string sql, Func<Npgsql.NpgsqlDataReader, string> read)
    {
        var rows = new List<string>();
        await using var command = database.DataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return [.. rows.Order(StringComparer.Ordinal)];
    }
}
