using System.Security.Cryptography;
using System.Text;
using Npgsql;
using Thuiszitters.Gateway.Register;

namespace Thuiszitters.Gateway.Tests.Infrastructure;

/// <summary>
/// A fresh, migrated register database of its own (<c>tz_test_&lt;guid&gt;</c>) for one test, dropped on dispose.
/// The server comes from <c>ConnectionStrings__Register</c>, else the local development server; a server that
/// cannot be reached fails the test. Hold it in a field of a test class that implements <see cref="IAsyncLifetime"/>
/// (xunit makes a class instance per test), or create it with <see cref="CreateAsync"/> and drop it in a <c>finally</c>.
/// </summary>
/// <remarks>
/// Each database is a copy (<c>CREATE DATABASE ... TEMPLATE</c>) of one migrated template per build of the gateway
/// (<see cref="TemplateDatabase"/>), so a test pays for a file copy, not for running every migration again.
/// Commits in test databases do not wait for the WAL flush (<c>synchronous_commit=off</c>, a session setting): a
/// server crash could lose a test's last commits, nothing else.
/// </remarks>
internal sealed class TestDatabase : IAsyncLifetime
{
    public const string LocalServer = "Host=127.0.0.1;Port=5432;Username=thuiszitters;Password=thuiszitters;Database=thuiszitters;SSL Mode=Disable";

    private NpgsqlDataSource? dataSource;

    public TestDatabase()
    {
        Name = "tz_test_" + Guid.NewGuid().ToString("N");
        ConnectionString = ConnectionStringFor(Name);
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
        var template = await TemplateDatabase.NameAsync();
        await using var server = new NpgsqlConnection(ServerConnectionString);
        await server.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{Name}\" TEMPLATE \"{template}\"", server);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await create.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 40)
            {
                // Another session is on the template for a moment (a test process making or dropping one).
                await Task.Delay(TimeSpan.FromMilliseconds(250));
            }
        }
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

    internal static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database, Options = "-c synchronous_commit=off" }.ConnectionString;

    /// <summary>
    /// The migrated template the test databases are copied from: <c>tz_template_&lt;hash&gt;</c>, the hash of the
    /// gateway assembly's module version id (a new build, possibly with new migrations, gets a template of its own).
    /// Made once per server under an advisory lock, so test processes running side by side share it; built under a
    /// temporary name and renamed when complete, so a crash never leaves a half-migrated template behind. Templates of
    /// earlier builds are dropped when a new one is made, but for the newest few. It accepts no connections, which keeps autovacuum off it
    /// (a session on a template makes <c>CREATE DATABASE</c> fail).
    /// </summary>
    private static class TemplateDatabase
    {
        private const long LockKey = 0x747a_7465_6d70; // "tztemp"

        private static readonly Lazy<Task<string>> Made = new(MakeAsync);

        public static Task<string> NameAsync() => Made.Value;

        private static async Task<string> MakeAsync()
        {
            var mvid = typeof(RegisterDbContext).Assembly.ManifestModule.ModuleVersionId.ToString("N");
            var name = "tz_template_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(mvid)))[..16];
            await using var server = new NpgsqlConnection(ServerConnectionString);
            await server.OpenAsync();
            await ExecuteAsync(server, $"SELECT pg_advisory_lock({LockKey})");
            try
            {
                if (await ExistsAsync(server, name))
                {
                    return name;
                }

                var building = name + "_building";
                await Thuiszitters.Gateway.Cli.ThrowawayDatabase.DropAsync(ServerConnectionString, building);
                await ExecuteAsync(server, $"CREATE DATABASE \"{building}\"");
                var connectionString = ConnectionStringFor(building);
                await RegisterDatabase.MigrateAsync(connectionString);
                await using (var pooled = new NpgsqlConnection(connectionString))
                {
                    NpgsqlConnection.ClearPool(pooled);
                }

                await ExecuteAsync(server, $"ALTER DATABASE \"{building}\" RENAME TO \"{name}\"");
                await ExecuteAsync(server, $"ALTER DATABASE \"{name}\" WITH ALLOW_CONNECTIONS false");
                await DropOthersAsync(server, name);
                return name;
            }
            finally
            {
                await ExecuteAsync(server, $"SELECT pg_advisory_unlock({LockKey})");
            }
        }

        private static async Task<bool> ExistsAsync(NpgsqlConnection server, string name)
        {
            await using var command = new NpgsqlCommand("SELECT EXISTS (SELECT FROM pg_database WHERE datname = @name)", server);
            command.Parameters.AddWithValue("name", name);
            return (bool)(await command.ExecuteScalarAsync())!;
        }

        /// <summary>
        /// The newest templates of other builds that are kept: test processes of other builds (another worktree, a
        /// rebuilt tree) may still be copying theirs, and dropping it made their tests fail with "template does not exist".
        /// </summary>
        private const int SpareTemplates = 3;

        /// <summary>Templates of earlier builds but the newest <see cref="SpareTemplates"/> (by OID, the order they were made in); one still in use by an older test run is left for a later run.</summary>
        private static async Task DropOthersAsync(NpgsqlConnection server, string keep)
        {
            var others = new List<string>();
            await using (var list = new NpgsqlCommand(
                "SELECT datname FROM pg_database WHERE datname LIKE 'tz\\_template\\_%' AND datname NOT LIKE '%\\_building' AND datname <> @keep ORDER BY oid DESC OFFSET @spare", server))
            {
                list.Parameters.AddWithValue("keep", keep);
                list.Parameters.AddWithValue("spare", SpareTemplates);
                await using var reader = await list.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    others.Add(reader.GetString(0));
                }
            }

            foreach (var other in others)
            {
                try
                {
                    await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{other}\"");
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse)
                {
                    // Being copied right now by a test process of another build: the next new template drops it.
                }
            }
        }

        private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
