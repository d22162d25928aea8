using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Npgsql;
using Thuiszitters.Gateway.Sync.Api;
using Thuiszitters.Gateway.Tests.Api;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Sync;

/// <summary>
/// A web host with sync on: one <c>dropFolder</c> source named <see cref="Source"/> on a drop folder and archive of the
/// test's own, a register of its own, a fixed clock, and Hangfire polling fast. The schedule fires never (once a year) unless
/// the test gives one: runs come from "run now".
/// </summary>
[SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "Disposed by IAsyncLifetime.DisposeAsync.")]
internal sealed class SyncHarness : IAsyncLifetime
{
    public const string Source = "drop";

    private ApiHost? host;

    public SyncHarness()
    {
        Archive = Path.Combine(Path.GetTempPath(), "tz_archive_" + Guid.NewGuid().ToString("N"));
    }

    public TestDatabase Database { get; } = new();

    public DropFolder Drop { get; } = new();

    public string Archive { get; }

    /// <summary>The folder the source reads: the drop folder unless the test names another.</summary>
    public string? Folder { get; init; }

    public string Schedule { get; init; } = "0 0 1 1 *";

    public FixedTimeProvider Clock { get; } = new(ApiHarness.Now);

    public LogCollector Logs { get; } = new();

    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>When set, the host reaches the register through this relay (a test restarts "the database" with it); the harness's own queries go direct.</summary>
    public DatabaseProxy? Proxy { get; init; }

    public ApiHost Host => host ?? throw new InvalidOperationException("InitializeAsync first.");

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Sources:0:Name"] = Source,
            ["Sources:0:Kind"] = "dropFolder",
            ["Sources:0:Schedule"] = Schedule,
            ["Sources:0:Folder"] = Folder ?? Drop.Path,
            ["Sources:0:ArchiveFolder"] = Archive,
            ["Sync:PollInterval"] = "00:00:00.200",
            ["Sync:StableFor"] = "00:00:00.100",
            ["Sync:RetryDelay"] = "00:00:00.050",
            ["Sync:RetryAttempts"] = "3",
            // A Hangfire storage lock left behind is taken over after this, not after the default minute (CI once saw a
            // run-now job not start within a minute; the cause is not known). The source's own lock is PostgreSQL's, not Hangfire's.
            ["Sync:LockTimeout"] = "00:00:05",
            ["Sync:AsOf"] = "2026-04-15",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        host = new ApiHost(Proxy?.Through(Database.ConnectionString) ?? Database.ConnectionString, Clock, Logs, demo: false, settings);
    }

    public HttpClient Client(TestUser? user = null)
    {
        var client = Host.CreateClient();
        if ((user ?? TestUsers.ItStaff) is { } caller)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", caller.Token);
        }

        return client;
    }

    public HttpClient Anonymous() => Host.CreateClient();

    /// <summary>Presses "run now" and waits for that run to end; returns it.</summary>
    public async Task<SyncRunInfo> RunNowAsync(TimeSpan? timeout = null, string source = Source)
    {
        using var client = Client();
        using var response = await client.PostAsync(new Uri($"/api/sync/sources/{source}/run", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var started = await response.Content.ReadFromJsonAsync<RunStarted>();
        return await WaitForJobAsync(started!.JobId, timeout, source);
    }

    /// <summary>Waits until the run of Hangfire job <paramref name="jobId"/> has ended.</summary>
    public async Task<SyncRunInfo> WaitForJobAsync(string jobId, TimeSpan? timeout = null, string source = Source)
    {
        using var client = Client();
        var deadline = TimeProvider.System.GetUtcNow() + (timeout ?? TimeSpan.FromSeconds(60));
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            SyncRunPage? page;
            try
            {
                page = await client.GetFromJsonAsync<SyncRunPage>(new Uri($"/api/sync/runs?source={source}&pageSize=200", UriKind.Relative));
            }
            catch (HttpRequestException)
            {
                // A request on a pooled connection the test has just terminated: ask again.
                await Task.Delay(100);
                continue;
            }

            if (page!.Items.FirstOrDefault(r => r.JobId == jobId) is { Outcome: not "RUNNING" } run)
            {
                return run;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"job {jobId} did not end a run; Hangfire: {await JobStateAsync(jobId)}; last log lines:\n{string.Join('\n', Logs.Messages.TakeLast(40))}");
    }

    /// <summary>The Hangfire job's state, its reason and the state's data (an exception's type and message), for a test that waited in vain.</summary>
    private async Task<string> JobStateAsync(string jobId)
    {
        try
        {
            await using var command = Database.DataSource.CreateCommand(
                "SELECT coalesce(j.statename, '?') || ' | ' || coalesce(s.reason, '') || ' | ' || coalesce(s.data::text, '') FROM hangfire.job j " +
                "LEFT JOIN hangfire.state s ON s.id = j.stateid WHERE j.id = $1 " +
                "UNION ALL SELECT 'lock ' || resource || ' acquired ' || acquired::text FROM hangfire.lock");
            command.Parameters.Add(new NpgsqlParameter { Value = long.Parse(jobId, System.Globalization.CultureInfo.InvariantCulture) });
            var lines = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }

            return lines.Count == 0 ? "no such job" : string.Join("; ", lines);
        }
        catch (Exception e) when (e is NpgsqlException or FormatException)
        {
            return "unknown (" + e.Message + ")";
        }
    }

    public async Task<SourceHealth> SourceAsync(string source = Source)
    {
        using var client = Client();
        var answer = await client.GetFromJsonAsync<SourcesAnswer>(new Uri("/api/sync/sources", UriKind.Relative));
        return answer!.Sources.Single(s => s.Name == source);
    }

    public Task<long> CountAsync(string table, string where = "true") => RegisterContents.CountAsync(Database.DataSource, table, where);

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = Database.DataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Files now under the archive's <paramref name="shelf"/> (applied or refused), by name.</summary>
    public IReadOnlyList<string> Archived(string shelf)
    {
        var folder = Path.Combine(Archive, shelf);
        return Directory.Exists(folder) ? [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Order(StringComparer.Ordinal)!] : [];
    }

    /// <summary>Whether a connection to the test's database is in the middle of a COPY (an ingest writing facts).</summary>
    public async Task<bool> CopyInProgressAsync()
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND query LIKE 'COPY %'", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = Database.Name });
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    /// <summary>Ends every connection to the test's database but this one, as a database restart would.</summary>
    public async Task TerminateBackendsAsync()
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = Database.Name });
        await command.ExecuteScalarAsync();
        Database.DataSource.Clear();
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (host is not null)
            {
                await host.DisposeAsync();
            }
        }
        finally
        {
            Drop.Dispose();
            if (Directory.Exists(Archive))
            {
                Directory.Delete(Archive, recursive: true);
            }

            await Database.DisposeAsync();
        }
    }
}
