using Npgsql;
using Thuiszitters.Gateway.Register;

namespace Thuiszitters.Gateway.Tests.Infrastructure;

/// <summary>
/// A fresh, migrated register database of its own (<c>tz_test_&lt;guid&gt;</c>) for one test, dropped on dispose.
/// The server comes from <c>ConnectionStrings__Register</c>, else the local development server; a server that
/// cannot be reached fails the test. Hold it in a field of a test class that implements <see cref="IAsyncLifetime"/>
/// (xunit makes a class instance per test), or create it with <see cref="CreateAsync"/> and drop it in a <c>finally</c>.
/// </summary>
internal sealed class TestDatabase : IAsyncLifetime
{
    public const string LocalServer = "Host=127.0.0.1;Port=5432;Username=thuiszitters;Password=thuiszitters;Database=thuiszitters;SSL Mode=Disable";


    private NpgsqlDataSource? dataSource;

    public TestDatabase()
    {
        Name = "tz_test_" + Guid.NewGuid().ToString("N");
        ConnectionString = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = Name }.ConnectionString;
    }

    /// <summary>The server (and maintenance database) the test databases are created on.</summary>
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Register") is { Length: > 0 } configured ? configured : LocalServer;

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>A data source on this database, created on first use and disposed with it.</summary>
    public NpgsqlDataSource DataSource => dataSource ??= RegisterDatabase.CreateDataSource(ConnectionString);

    /// <summary>Creates and migrates a database; <see cref="DisposeAsync"/> drops it.</summary>
    public static async Task<TestDatabase> CreateAsync()
    {
        var database = new TestDatabase();
        await database.InitializeAsync();
        return database;
    }

    public async Task InitializeAsync()
    {
        await using (var server = new NpgsqlConnection(ServerConnectionString))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{Name}\"", server);
            await create.ExecuteNonQueryAsync();
        }

        await RegisterDatabase.MigrateAsync(ConnectionString);
    }

    public RegisterDbContext CreateDbContext() => RegisterDatabase.CreateDbContext(ConnectionString);

    public async Task DisposeAsync()
    {
        if (dataSource is not null)
        {
            await dataSource.DisposeAsync();
        }

        await using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await Thuiszitters.Gateway.Cli.ThrowawayDatabase.DropAsync(ServerConnectionString, Name);
    }
}
