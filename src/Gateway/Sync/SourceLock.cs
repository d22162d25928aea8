using Npgsql;

namespace Thuiszitters.Gateway.Sync;

/// <summary>
/// One run per source at a time, across every gateway process on the register: a PostgreSQL session advisory lock on a
/// connection held for the run. A process that dies loses its connection, and with it the lock, at once.
/// </summary>
internal sealed class SourceLock : IAsyncDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly long key;

    private SourceLock(NpgsqlConnection connection, long key)
    {
        this.connection = connection;
        this.key = key;
    }

    /// <summary>The lock, or null when another run of the source holds it.</summary>
    public static async Task<SourceLock?> TryTakeAsync(NpgsqlDataSource dataSource, string source, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT hashtextextended('tz-sync:' || $1, 0), pg_try_advisory_lock(hashtextextended('tz-sync:' || $1, 0))", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = source });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var (key, taken) = (reader.GetInt64(0), reader.GetBoolean(1));
            if (taken)
            {
                return new SourceLock(connection, key);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = key });
            await command.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException)
        {
            // The connection broke (a database restart): the server let go of the lock with it.
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }
}
