using System.Globalization;
using Npgsql;

namespace Thuiszitters.Gateway.Cli;

/// <summary>
/// A database of its own for one offline run, created on the server and dropped afterwards, so that nothing of an
/// earlier run or of the live register leaks in and the live register is not touched.
/// </summary>
internal sealed class ThrowawayDatabase : IAsyncDisposable
{
    private readonly string _serverConnectionString;

    private ThrowawayDatabase(string serverConnectionString, string name, string connectionString)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<ThrowawayDatabase> CreateAsync(string serverConnectionString, string prefix, CancellationToken cancellationToken)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{prefix}_{Guid.NewGuid():N}");
        await using (var connection = new NpgsqlConnection(serverConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name, Pooling = true };
        return new ThrowawayDatabase(serverConnectionString, name, builder.ConnectionString);
    }

    public ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        return new ValueTask(DropAsync(_serverConnectionString, Name));
    }

    /// <summary>
    /// Drops a database: ends this role's own sessions on it, then a plain DROP (not WITH (FORCE), which our role may
    /// not use against an autovacuum worker; a plain DROP cancels autovacuum itself), retried while it is still in use.
    /// </summary>
    internal static async Task DropAsync(string serverConnectionString, string name)
    {
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        await using var terminate = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = @name AND usename = current_user AND pid <> pg_backend_pid()",
            connection);
        terminate.Parameters.AddWithValue("name", name);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\"", connection);
        for (var attempt = 1; ; attempt++)
        {
            await terminate.ExecuteScalarAsync();
            try
            {
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < DropAttempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250));
            }
        }
    }

    private const int DropAttempts = 40;
}
