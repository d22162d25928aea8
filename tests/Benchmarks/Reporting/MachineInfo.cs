using System.Runtime;
using System.Runtime.InteropServices;
using Npgsql;

namespace Thuiszitters.Benchmarks.Reporting;

/// <summary>
/// Where the figures were measured: cores, memory, runtime and the PostgreSQL server with its main settings, and the
/// load average when the run began (other work on a shared machine moves the figures).
/// </summary>
internal sealed record MachineInfo(
    int Cores,
    long MemoryBytes,
    string OperatingSystem,
    string Runtime,
    bool ServerGc,
    string PostgreSqlVersion,
    string PostgreSqlHost,
    IReadOnlyDictionary<string, string> PostgreSqlSettings,
    string? LoadAverage)
{
    private static readonly string[] Settings =
        ["shared_buffers", "work_mem", "maintenance_work_mem", "max_wal_size", "synchronous_commit", "fsync", "wal_level", "max_parallel_workers_per_gather"];

    public static async Task<MachineInfo> CollectAsync(string serverConnectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync(cancellationToken);
        var settings = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand("SELECT name, setting || coalesce(' ' || unit, '') FROM pg_settings WHERE name = ANY($1)", connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = Settings });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                settings[reader.GetString(0)] = reader.GetString(1);
            }
        }

        // Not a server setting: whether the connections (the product's and the baseline's psql alike) use TLS.
        await using (var ssl = new NpgsqlCommand("SELECT coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false)", connection))
        {
            settings["connection ssl"] = (bool)(await ssl.ExecuteScalarAsync(cancellationToken))! ? "on" : "off";
        }

        await using var version = new NpgsqlCommand("SELECT version()", connection);
        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString);
        return new MachineInfo(
            Environment.ProcessorCount,
            GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
            RuntimeInformation.OSDescription,
            RuntimeInformation.FrameworkDescription,
            GCSettings.IsServerGC,
            (string)(await version.ExecuteScalarAsync(cancellationToken))!,
            $"{builder.Host}:{builder.Port}",
            settings,
            ReadLoadAverage());
    }

    /// <summary>The 1, 5 and 15 minute load averages (Linux), else null.</summary>
    public static string? ReadLoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;
}
