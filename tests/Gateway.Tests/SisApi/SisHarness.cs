using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Thuiszitters.Fakes.SisApi;
using Thuiszitters.Gateway.Http;
using Thuiszitters.Gateway.Register;
using Thuiszitters.Gateway.SisApi;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.SisApi;

/// <summary>A test's own register, a fake school system and the gateway's composition over them (real clock, short waits).</summary>
internal sealed class SisHarness : IAsyncLifetime
{
    public const string School = "12AB00";

    private WebApplication? host;

    public TestDatabase Database { get; } = new();

    public FakeSchoolSystem Fake { get; } = new();

    /// <summary>Configuration the test adds before <see cref="InitializeAsync"/> builds the host.</summary>
    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["SisApi:Resilience:BaseDelay"] = "00:00:00.020",
        ["SisApi:Resilience:AttemptTimeout"] = "00:00:05",
        ["SisApi:Resilience:MaxRetries"] = "8",
        ["SisApi:Resilience:BreakerMinimumThroughput"] = "20",
        ["SisApi:Resilience:BreakerDuration"] = "00:00:01",
        ["SisApi:ClientId"] = FakeSchoolSystem.ClientId,
        ["SisApi:ClientSecret"] = FakeSchoolSystem.ClientSecret,
        ["SisApi:AbsenceWindowDays"] = "60",
    };

    public IServiceProvider Services => host!.Services;

    public SisPullService Pull => Services.GetRequiredService<SisPullService>();

    public SisSourceOptions Source => new() { BaseUrl = Fake.BaseUrl, School = School };

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
    }

    /// <summary>Builds the host (after the test set <see cref="Settings"/>).</summary>
    public void Start()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Configuration.AddInMemoryCollection(Settings);
        builder.Configuration.AddInMemoryCollection([new($"ConnectionStrings:{RegisterDatabase.ConnectionStringName}", Database.ConnectionString)]);
        builder.Logging.ClearProviders();
        builder.AddGatewayCore();
        host = builder.Build();
        host.Services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();
    }

    public HostPipeline Breaker => Services.GetRequiredService<HostResilience>().For(SisApiClients.HttpClientName, Fake.BaseUrl.Authority, new HostResilienceOptions());

    public Task<long> CountAsync(string table, string where = "true") => RegisterContents.CountAsync(Database.DataSource, table, where);

    public Task<IReadOnlyList<string>> RowsAsync(string sql) => RegisterContents.RowsAsync(Database.DataSource, sql);

    /// <summary>A school of <paramref name="count"/> pupils with valid BSNs (and an absence day each for the first ten).</summary>
    public void Seed(int count, DateTimeOffset changedAt)
    {
        var students = Enumerable.Range(0, count).Select(i => FakeSchoolSystem.Student($"S{i:D5}", Pgns.Bsn(i + 1000), changedAt.AddSeconds(i))).ToList();
        Fake.Students[School] = students;
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        Fake.AbsenceDays[School] = [.. Enumerable.Range(0, Math.Min(10, count)).Select(i => FakeSchoolSystem.Absence($"S{i:D5}", Pgns.Bsn(i + 1000), today.AddDays(-3)))];
    }

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        Fake.Dispose();
        await Database.DisposeAsync();
    }
}
