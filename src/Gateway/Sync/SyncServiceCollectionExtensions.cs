using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.Options;
using Thuiszitters.Gateway.Register;
using Thuiszitters.Gateway.RodCorrections;
using Thuiszitters.Gateway.Sync.DropFolder;
using Thuiszitters.Gateway.Sync.RodPoll;
using Thuiszitters.Gateway.Sync.SchoolApi;

namespace Thuiszitters.Gateway.Sync;

internal static class SyncServiceCollectionExtensions
{
    /// <summary>The schema Hangfire keeps its jobs, queues, locks and servers in, in the register database.</summary>
    public const string HangfireSchema = "hangfire";

    /// <summary>
    /// The sources (<c>Sources</c>, checked at start), the run history, the kinds (<c>dropFolder</c>, <c>schoolApi</c>,
    /// <c>rodCorrections</c>: the source <c>rod-poll</c> is added when DUO's API is configured), and Hangfire:
    /// its storage in the register's <c>hangfire</c> schema (created lazily, only when a source is configured), a client
    /// and recurring-job manager on it, and <see cref="SyncServer"/>, which starts a server when sync is on.
    /// </summary>
    public static WebApplicationBuilder AddSyncJobs(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SyncOptions>().BindConfiguration(SyncOptions.Section).ValidateDataAnnotations()
            .Validate(o => TryZone(o.TimeZone), "Sync:TimeZone is not a known time zone.")
            .Validate(o => SourcesOptionsValidator.IsCron(o.CountSnapshotSchedule), "Sync:CountSnapshotSchedule is not a cron expression of 5 fields (or 6 with seconds).")
            .ValidateOnStart();
        services.AddOptions<SourcesOptions>()
            .Configure<IConfiguration>((o, configuration) => o.Items.AddRange(configuration.GetSection(SourcesOptions.Section).Get<List<SourceOptions>>() ?? []))
            .PostConfigure<IOptions<DuoRodOptions>>((o, duo) =>
            {
                // DUO's API configured: its corrections pass is a source of its own, unless one is configured.
                if (duo.Value.BaseUrl is not null && !o.Items.Exists(s => s.Kind == RodCorrectionsSource.KindName))
                {
                    o.Items.Add(new SourceOptions { Name = RodCorrectionsSource.DefaultName, Kind = RodCorrectionsSource.KindName, Schedule = duo.Value.PollSchedule });
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SourcesOptions>, SourcesOptionsValidator>();
        services.AddSingleton<ISyncSource, DropFolderSource>();
        services.AddSingleton<ISyncSource, SchoolApiSource>();
        services.AddSingleton<ISyncSource, RodCorrectionsSource>();
        services.AddSingleton<SyncRunStore>();
        services.AddTransient<SyncRunner>();
        services.AddSingleton<SyncQueries>();
        services.AddSingleton<SyncControl>();
        services.AddSingleton<SyncServer>();
        services.AddHostedService(sp => sp.GetRequiredService<SyncServer>());

        services.AddHangfire(configuration => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());

        // Registered after AddHangfire, so these win over its defaults (which read Hangfire's static JobStorage.Current).
        services.AddSingleton<JobStorage>(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<SyncOptions>>().Value;
            var storageOptions = new PostgreSqlStorageOptions
            {
                SchemaName = HangfireSchema,
                PrepareSchemaIfNecessary = true,
                QueuePollInterval = settings.PollInterval,
                UseSlidingInvisibilityTimeout = true,
                InvisibilityTimeout = TimeSpan.FromMinutes(5),
                DistributedLockTimeout = settings.LockTimeout,
            };
            var connectionString = RegisterDatabase.ConnectionString(sp.GetRequiredService<IConfiguration>());
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, storageOptions), storageOptions);
        });
        services.AddSingleton<IBackgroundJobClient>(sp => new BackgroundJobClient(sp.GetRequiredService<JobStorage>()));
        services.AddSingleton<IRecurringJobManager>(sp => new RecurringJobManager(sp.GetRequiredService<JobStorage>()));
        return builder;
    }

    /// <summary>The sync API (<c>/api/sync</c>) and, when a source is configured, Hangfire's dashboard at <c>/hangfire</c>; both for IT staff only.</summary>
    public static WebApplication MapSyncApi(this WebApplication app)
    {
        SyncEndpoints.Map(app);
        if (app.Services.GetRequiredService<IOptions<SourcesOptions>>().Value.Items.Count > 0)
        {
            app.UseHangfireDashboard("/hangfire", new DashboardOptions
            {
                Authorization = [new ItStaffDashboardAuthorization()],
                AsyncAuthorization = [],
                AppPath = "/sync/",
                DashboardTitle = "Thuiszitters Gateway – Hangfire",
                DisplayStorageConnectionString = false,
            }, app.Services.GetRequiredService<JobStorage>());
        }

        return app;
    }

    private static bool TryZone(string? id)
    {
        try
        {
            return id is not null && TimeZoneInfo.FindSystemTimeZoneById(id) is not null;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
    }
}
