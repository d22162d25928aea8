using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Thuiszitters.Benchmarks.Stages;
using Thuiszitters.Connectors.SisApi;
using Thuiszitters.Fakes.SisApi;
using Thuiszitters.Gateway;
using Thuiszitters.Gateway.Cli;
using Thuiszitters.Gateway.Register;
using Thuiszitters.Gateway.SisApi;

namespace Thuiszitters.Benchmarks.SisPull;

/// <summary>
/// <c>dotnet run -c Release --project tests/Benchmarks -- sis-pull</c>: the school-system API pull against the fake school
/// system (<see cref="FakeSchoolSystem"/>) running in a process of its own (<see cref="SisFakeCommand"/>), into a
/// register database of its own (<c>tz_bench_sis_*</c>, dropped at the end). This process is the client: the gateway's
/// composition and its <see cref="SisPullService"/>, as the <c>sis-pull</c> command and the sync job run it. Measured,
/// each with wall time, records/s and the CPU seconds of the client, of the fake and of the rest of the machine:
/// <list type="number">
/// <item>the walk: every page of one large school's pupils and absence days through the product's HTTP client
/// (Refit, token, resilience, JSON and the contract check), nothing stored;</item>
/// <item>the pull: <see cref="SisPullService.PullSchoolAsync"/> of a large school never pulled before (pages committed
/// with their cursor, then the school's export written and applied: ingest and incremental reconciliation);</item>
/// <item>the many schools: <see cref="SisPullService.PullAsync"/> over <c>--schools</c> schools at the configured
/// concurrency (<c>SisApi:MaxParallelSchools</c>).</item>
/// </list>
/// </summary>
internal sealed class SisPullBenchmark(SisPullOptions options, TextWriter output)
{
    public const string Name = "sis-pull";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var server = options.Server ?? await RegisterConnection.ResolveAsync(cancellationToken);
        await using var database = await BenchmarkDatabase.CreateAsync(server, "tz_bench_sis", cancellationToken);
        // Large schools: one for the walks, one per timed pull, one to warm up.
        var largeSchools = options.Repeat + 2;
        var started = Stopwatch.StartNew();
        var start = StageRunner.ChildStart(
            SisFakeCommand.Name, "--schools", Text(options.Schools), "--pupils", Text(options.SchoolPupils), "--large-schools", Text(largeSchools),
            "--large-pupils", Text(options.Pupils), "--page-size", Text(options.PageSize));
        start.RedirectStandardInput = true;
        using var fake = Process.Start(start) ?? throw new BenchmarkException("could not start the fake school system");
        var errors = fake.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            var ready = await fake.StandardOutput.ReadLineAsync(cancellationToken);
            if (ready is null || !ready.StartsWith("ready ", StringComparison.Ordinal))
            {
                await fake.WaitForExitAsync(cancellationToken);
                throw new BenchmarkException("the fake school system did not start: " + await errors);
            }

            var baseUrl = new Uri(ready["ready ".Length..]);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"fake school system (pid {fake.Id}) at {baseUrl}: {options.Schools} schools of {options.SchoolPupils} pupils and {largeSchools} of {options.Pupils}, pages of {options.PageSize}; made in {started.Elapsed.TotalSeconds:F1} s"));
            await using var host = BuildHost(database.ConnectionString);
            await host.Services.MigrateRegisterAsync(cancellationToken);
            await MeasureAsync(host.Services, baseUrl, fake, database.ConnectionString, cancellationToken);
        }
        finally
        {
            fake.StandardInput.Close();
            if (!fake.WaitForExit(10_000))
            {
                fake.Kill(true);
            }
        }
    }

    private async Task MeasureAsync(IServiceProvider services, Uri baseUrl, Process fake, string connectionString, CancellationToken cancellationToken)
    {
        var settings = services.GetRequiredService<IOptions<SisApiOptions>>().Value;
        var pull = services.GetRequiredService<SisPullService>();
        var api = services.GetRequiredService<SisApiClients>().Api(new SisEndpoint(baseUrl, FakeSchoolSystem.ClientId, FakeSchoolSystem.ClientSecret));
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var (from, to) = (today.AddDays(-settings.AbsenceWindowDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"client: this process (pid {Environment.ProcessId}), {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}; SisApi:MaxParallelSchools {settings.MaxParallelSchools}, MaxConcurrencyPerHost {settings.Resilience.MaxConcurrencyPerHost}"));
        await output.WriteLineAsync($"load average at start: {LoadAverage()}");
        await output.WriteLineAsync();
        await output.WriteLineAsync("what                                        records     wall s   records/s   client CPU s   fake CPU s   rest CPU s");

        // 1. The walk, after one untimed walk (JIT, connections, the token).
        var walkSchool = SisBenchSchools.LargeCode(0);
        await WalkAsync(api, walkSchool, from, to, cancellationToken);
        for (var i = 0; i < options.Repeat; i++)
        {
            var before = CpuSample.Take(fake);
            var records = await WalkAsync(api, walkSchool, from, to, cancellationToken);
            await ReportAsync($"walk {walkSchool} (HTTP, JSON, checks)", records, CpuSample.Take(fake).Since(before));
        }

        // 2. Whole pulls of schools never pulled before, after one untimed pull.
        await CheckAsync(await pull.PullSchoolAsync(Source(baseUrl, SisBenchSchools.LargeCode(options.Repeat + 1)), "benchmark-warm-up", cancellationToken));
        for (var i = 1; i <= options.Repeat; i++)
        {
            var school = SisBenchSchools.LargeCode(i);
            var before = CpuSample.Take(fake);
            var result = await pull.PullSchoolAsync(Source(baseUrl, school), "benchmark", cancellationToken);
            var figures = CpuSample.Take(fake).Since(before);
            await CheckAsync(result);
            await ReportAsync($"pull {school} (+ commit, export, apply)", result.Students + result.Absences, figures);
        }

        // 3. Many schools at the configured concurrency.
        if (options.Schools > 0)
        {
            var sources = Enumerable.Range(0, options.Schools).Select(i => Source(baseUrl, SisBenchSchools.Code(i))).ToList();
            var before = CpuSample.Take(fake);
            var results = await pull.PullAsync(sources, "benchmark-many", cancellationToken);
            var figures = CpuSample.Take(fake).Since(before);
            await ReportAsync(string.Create(CultureInfo.InvariantCulture, $"{options.Schools} schools, {settings.MaxParallelSchools} at a time"),
                results.Sum(r => (long)r.Students + r.Absences), figures);
            await output.WriteLineAsync();
            await output.WriteLineAsync("outcomes: " + string.Join(", ", results.GroupBy(r => r.Outcome).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count()}"))));
            if (results.FirstOrDefault(r => r.Outcome != SisPullResult.Applied) is { } failed)
            {
                await output.WriteLineAsync("first not applied: " + failed);
            }

            await output.WriteLineAsync("per school (sis_pull_runs): " + await PerSchoolAsync(connectionString, cancellationToken));
        }

        await output.WriteLineAsync($"load average at end: {LoadAverage()}");
    }

    private static async Task<long> WalkAsync(ISisApi api, string school, string from, string to, CancellationToken cancellationToken)
    {
        long records = 0;
        string? cursor = null;
        do
        {
            var page = await api.GetStudentsAsync(school, null, cursor, cancellationToken);
            if (SisPageCheck.Students(page) is { } breach)
            {
                throw new BenchmarkException("the fake broke the contract: " + breach);
            }

            records += page.Items.Count;
            cursor = page.Next;
        }
        while (cursor is not null);

        do
        {
            var page = await api.GetAbsencesAsync(school, from, to, cursor, cancellationToken);
            if (SisPageCheck.Absences(page) is { } breach)
            {
                throw new BenchmarkException("the fake broke the contract: " + breach);
            }

            records += page.Items.Count;
            cursor = page.Next;
        }
        while (cursor is not null);

        return records;
    }

    private static async Task<string> PerSchoolAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT format('p50 %s ms, p95 %s ms, max %s ms over %s pulls',
                round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)), round(percentile_cont(0.95) WITHIN GROUP (ORDER BY ms)), round(max(ms)), count(*))
            FROM (SELECT extract(epoch FROM finished_at - started_at) * 1000 AS ms FROM sis_pull_runs WHERE trigger = 'benchmark-many') r
            """, connection);
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private Task ReportAsync(string what, long records, CpuFigures f) =>
        output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{what,-42} {records,9} {f.Wall,10:F2} {records / f.Wall,11:F0} {f.Client,9:F2} ({f.Client / f.Wall,4:P0}) {f.Fake,7:F2} ({f.Fake / f.Wall,4:P0}) {f.Rest,8:F2}"));

    private static Task CheckAsync(SisPullResult result) =>
        result.Outcome == SisPullResult.Applied ? Task.CompletedTask : throw new BenchmarkException("a pull was not applied: " + result);

    private static SisSourceOptions Source(Uri baseUrl, string school) => new() { BaseUrl = baseUrl, School = school };

    private WebApplication BuildHost(string connectionString)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], EnvironmentName = Environments.Production });
        var settings = new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{RegisterDatabase.ConnectionStringName}"] = connectionString,
            ["SisApi:ClientId"] = FakeSchoolSystem.ClientId,
            ["SisApi:ClientSecret"] = FakeSchoolSystem.ClientSecret,
        };
        if (options.Parallel is { } parallel)
        {
            settings["SisApi:MaxParallelSchools"] = Text(parallel);
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.AddGatewayCore();
        var app = builder.Build();
        app.Services.GetService<IStartupValidator>()?.Validate();
        return app;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
