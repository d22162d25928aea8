using System.Diagnostics;
using System.Globalization;
using System.Text;
using Npgsql;

namespace Thuiszitters.Benchmarks.Baseline;

/// <summary>
/// PostgreSQL's own bulk load, the floor the ingest is held against: one <c>psql</c> process per file kind running a
/// <c>\copy ... FROM 'file' (FORMAT csv)</c> per table. The connection goes through the PG* environment variables,
/// so no password appears on a command line.
/// </summary>
internal sealed class PsqlCopy(string psql, string connectionString)
{
    /// <summary>Copies each intermediate into the table of its name with <paramref name="prefix"/> before it.</summary>
    public async Task<TimeSpan> RunAsync(IReadOnlyList<BaselineTable> tables, string prefix, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(psql)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-X", "-q", "-v", "ON_ERROR_STOP=1" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var table in tables)
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(string.Create(CultureInfo.InvariantCulture,
                $"\\copy {prefix}{table.Table} ({string.Join(", ", table.Columns)}) FROM '{table.Path.Replace("'", "''", StringComparison.Ordinal)}' WITH (FORMAT csv)"));
        }

        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = connection.Username;
        start.Environment["PGPASSWORD"] = connection.Password;
        start.Environment["PGDATABASE"] = connection.Database;
        start.Environment["PGCLIENTENCODING"] = "UTF8";

        // The same transport as the product's connections: TLS (or none) costs the server CPU per byte of both.
        start.Environment["PGSSLMODE"] = connection.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Allow => "allow",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        };

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new BenchmarkException($"could not start {psql}");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        watch.Stop();
        if (process.ExitCode != 0)
        {
            var message = new StringBuilder().Append(await error).Append(await output).ToString().ReplaceLineEndings(" ").Trim();
            throw new BenchmarkException(string.Create(CultureInfo.InvariantCulture, $"{psql} \\copy failed (exit {process.ExitCode}): {message}"));
        }

        return watch.Elapsed;
    }
}
