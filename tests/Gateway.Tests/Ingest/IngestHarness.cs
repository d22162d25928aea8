using Microsoft.Extensions.Logging.Abstractions;
using Thuiszitters.Gateway.Ingest;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Ingest;

/// <summary>A test's own register, drop folder and clock, and the ingestor over them.</summary>
internal sealed class IngestHarness : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 4, 15, 9, 30, 0, TimeSpan.Zero);

    public TestDatabase Database { get; } = new();

    public DropFolder Folder { get; } = new();

    public FixedTimeProvider Clock { get; } = new(Now);

    public DeliveryIngestor Ingestor => new(Database.DataSource, Clock, IngestOptions.Default, NullLogger<DeliveryIngestor>.Instance);

    public Task InitializeAsync() => Database.InitializeAsync();

    public Task<DeliveryResult> IngestAsync(ISourceFile file) => IngestAsync(Folder.Write(file));

    public Task<DeliveryResult> IngestAsync(string path) => Ingestor.IngestFileAsync(path, CancellationToken.None);

    public Task<IReadOnlyDictionary<string, string>> ContentsAsync() => RegisterContents.ReadAsync(Database.DataSource);

    public Task<long> CountAsync(string table, string where = "true") => RegisterContents.CountAsync(Database.DataSource, table, where);

    public Task<IReadOnlyList<string>> RowsAsync(string sql) => RegisterContents.RowsAsync(Database.DataSource, sql);

    public async Task DisposeAsync()
    {
        Folder.Dispose();
        await Database.DisposeAsync();
    }
}
