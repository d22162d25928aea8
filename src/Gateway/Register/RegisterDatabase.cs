using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Thuiszitters.Gateway.Register;

/// <summary>Opening and migrating the register outside the web host (CLI commands, tests).</summary>
internal static class RegisterDatabase
{
    /// <summary>The name under <c>ConnectionStrings</c> (environment: <c>ConnectionStrings__Register</c>).</summary>
    public const string ConnectionStringName = "Register";

    /// <summary>The register's connection string from <paramref name="configuration"/>; an error when it is not set.</summary>
    public static string ConnectionString(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} is not configured (environment: ConnectionStrings__{ConnectionStringName}).");
        }

        return connectionString;
    }

    public static NpgsqlDataSource CreateDataSource(string connectionString) =>
        new NpgsqlDataSourceBuilder(connectionString).Build();

    public static DbContextOptions<RegisterDbContext> CreateOptions(string connectionString) =>
        Configure(new DbContextOptionsBuilder<RegisterDbContext>(), connectionString).Options;

    public static RegisterDbContext CreateDbContext(string connectionString) => new(CreateOptions(connectionString));

    /// <summary>Brings the schema up to the latest migration; safe to call when it already is.</summary>
    public static async Task MigrateAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var context = CreateDbContext(connectionString);
        await context.Database.MigrateAsync(cancellationToken);
    }

    internal static DbContextOptionsBuilder<RegisterDbContext> Configure(DbContextOptionsBuilder<RegisterDbContext> builder, string connectionString) =>
        builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"));
}
