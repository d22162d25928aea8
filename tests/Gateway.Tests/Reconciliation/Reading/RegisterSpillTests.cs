using System.Data;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Thuiszitters.Generator;
using Thuiszitters.Gateway.Ingest;
using Thuiszitters.Gateway.Reconciliation;
using Thuiszitters.Gateway.Reconciliation.Reading;
using FactTable = Thuiszitters.Gateway.Reconciliation.Reading.FactTable;
using FactTables = Thuiszitters.Gateway.Reconciliation.Reading.FactTables;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Reconciliation.Reading;

/// <summary>
/// The spill scan on two connections writes the same files as on one (every table read once, each file the rows of its
/// table's COPY), the observer sees the same rows and never two at once, and a read that fails on either connection
/// fails the scan with its own error after the other read has stopped.
/// </summary>
public sealed class RegisterSpillTests : IAsyncLifetime
{
    private const int Buckets = 3;
    private readonly TestDatabase database = new();
    private readonly string folder = Directory.CreateTempSubdirectory("tz-spill-").FullName;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        Assert.Equal(0, await GenerateCommand.RunAsync(
            ["--out", folder, "--pupils", "1500", "--schools", "12", "--seed", "31", "--as-of", "2026-04-15"], CancellationToken.None));
        var ingestor = new DeliveryIngestor(database.DataSource, TimeProvider.System, IngestOptions.Default, NullLogger<DeliveryIngestor>.Instance);
        await new DropFolderIngestor(ingestor).IngestFolderAsync(folder, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        await database.DisposeAsync();
    }

    [Fact]
    public async Task SpillAsync_OnTwoConnections_WritesTheFilesOfOneConnection()
    {
        await using var first = await OpenWithSessionTablesAsync();
        await using var second = await OpenWithSessionTablesAsync();
        var observedOne = new Observer();
        var observedTwo = new Observer();
        using var one = new RegisterSpill(Buckets);
        using var two = new RegisterSpill(Buckets);

        await one.SpillAsync(first, null, Observer.Observes, observedOne.Add, CancellationToken.None);
        await two.SpillAsync(first, second, Observer.Observes, observedTwo.Add, CancellationToken.None);

        foreach (var table in FactTables.InReadOrder)
        {
            var rows = 0;
            for (var bucket = 0; bucket < Buckets; bucket++)
            {
                var expected = Contents(one, bucket, table);
                Assert.Equal(expected, Contents(two, bucket, table));
                rows += expected.Length;
            }

            Assert.True(rows > 0, $"no rows of {table}");
        }

        Assert.Equal(observedOne.Rows, observedTwo.Rows);
        Assert.Equal([FactTable.SchoolPupils, FactTable.RodPersons, FactTable.Residents], observedTwo.Rows.Keys.Order());
        Assert.False(observedTwo.Overlapped, "the observer was called from two reads at once");
    }

    [Fact]
    public async Task SpillAsync_SecondConnectionFails_ThrowsItsErrorAndStopsTheFirst()
    {
        await using var first = await OpenWithSessionTablesAsync();
        await using var second = await database.DataSource.OpenConnectionAsync(); // no session tables: its first COPY fails
        using var spill = new RegisterSpill(Buckets);

        var error = await Assert.ThrowsAsync<PostgresException>(() =>
            spill.SpillAsync(first, second, Observer.Observes, new Observer().Add, CancellationToken.None));

        Assert.Equal(PostgresErrorCodes.UndefinedTable, error.SqlState);
        AssertNotReading(first);
    }

    [Fact]
    public async Task SpillAsync_FirstConnectionFails_ThrowsItsErrorAndStopsTheSecond()
    {
        await using var first = await database.DataSource.OpenConnectionAsync();
        await using var second = await OpenWithSessionTablesAsync();
        using var spill = new RegisterSpill(Buckets);

        var error = await Assert.ThrowsAsync<PostgresException>(() =>
            spill.SpillAsync(first, second, Observer.Observes, new Observer().Add, CancellationToken.None));

        Assert.Equal(PostgresErrorCodes.UndefinedTable, error.SqlState);
        AssertNotReading(second);
    }

    /// <summary>The other read has stopped: its connection is idle, or closed where cancelling the COPY broke it.</summary>
    private static void AssertNotReading(NpgsqlConnection connection) =>
        Assert.True(connection.FullState is ConnectionState.Open or ConnectionState.Closed or ConnectionState.Broken, $"{connection.FullState}");

    private static byte[] Contents(RegisterSpill spill, int bucket, FactTable table)
    {
        var bytes = new byte[spill.Length(bucket, table)];
        Assert.Equal(bytes.Length, spill.Read(bucket, table, bytes));
        return bytes;
    }

    private async Task<NpgsqlConnection> OpenWithSessionTablesAsync()
    {
        var connection = await database.DataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(FactQueries.SessionTablesSql, connection);
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    /// <summary>Counts the rows it sees per table and notes whether two calls ever overlapped.</summary>
    private sealed class Observer
    {
        private int inside;

        public Dictionary<FactTable, int> Rows { get; } = [];

        public bool Overlapped { get; private set; }

        public static bool Observes(FactTable table) => table is FactTable.SchoolPupils or FactTable.RodPersons or FactTable.Residents;

        public void Add(FactTable table, TupleRow row)
        {
            if (Interlocked.Increment(ref inside) > 1)
            {
                Overlapped = true;
            }

            Thread.Sleep(0);
            Rows[table] = Rows.GetValueOrDefault(table) + (row.String(0).Length > 0 ? 1 : 0);
            Interlocked.Decrement(ref inside);
        }
    }
}
