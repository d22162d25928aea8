using System.Globalization;
using Npgsql;

namespace Thuiszitters.Benchmarks;

/// <summary>
/// A database of its own for one part of a run, dropped afterwards. Not <c>ThrowawayDatabase</c>: its
/// <c>DROP DATABASE ... WITH (FORCE)</c> fails for a role without pg_signal_backend when an autovacuum worker is busy
/// on the database, which is the rule after a bulk load. This drops the way the test databases do: end our own
/// sessions, then a plain DROP (which cancels autovacuum itself), retried while the database is still in use.
/// </summary>
internal sealed class BenchmarkDatabase : IAsyncDisposable
{

    private readonly string server;

    private BenchmarkDatabase(string server, string name)
    {
        this.server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, CommandTimeout = 0 }.ConnectionString;
    }

    public string Name { get; }

    /// <summary>When set, disposing leaves the database in place.</summary>
    public bool Keep { get; set; }

    /// <summary>Without a command timeout: at national size one statement of the product may take longer than Npgsql's 30 s.</summary>
    public string ConnectionString { get; }

    /// <summary>An empty database, or (<paramref name="template"/>) a copy of that one, which nobody may be connected to.</summary>
    public static async Task<BenchmarkDatabase> CreateAsync(string server, string prefix, CancellationToken cancellationToken, string? template = null)
    {
        var database = new BenchmarkDatabase(server, string.Create(CultureInfo.InvariantCulture, $"{prefix}_{Guid.NewGuid():N}"));
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync(cancellationToken);
        await using var create = new NpgsqlCommand(
            $"CREATE DATABASE \"{database.Name}\"" + (template is null ? string.Empty : $" TEMPLATE \"{template.Replace("\"", "\"\"", StringComparison.Ordinal)}\""),
            connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
        return database;
    }

    public ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (Keep)
        {
            return ValueTask.CompletedTask;
        }

        return new ValueTask(Thuiszitters.Gateway.Cli.ThrowawayDatabase.DropAsync(server, Name));
    }
}
