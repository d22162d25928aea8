using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Thuiszitters.Gateway.Register;

internal static class RegisterServiceCollectionExtensions
{
    /// <summary>
    /// Registers the register's <see cref="NpgsqlDataSource"/> (for bulk reads and writes) and
    /// <see cref="RegisterDbContext"/> on the same data source, from <c>ConnectionStrings:Register</c>.
    /// </summary>
    public static WebApplicationBuilder AddRegister(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp =>
        {
            var connectionString = sp.GetRequiredService<IConfiguration>().GetConnectionString(RegisterDatabase.ConnectionStringName);
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    $"ConnectionStrings:{RegisterDatabase.ConnectionStringName} is not configured (environment: ConnectionStrings__{RegisterDatabase.ConnectionStringName}).");
            }

            return RegisterDatabase.CreateDataSource(connectionString);
        });
        builder.Services.AddDbContext<RegisterDbContext>((sp, options) =>
            options.UseNpgsql(
                sp.GetRequiredService<NpgsqlDataSource>(),
                npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history")));
        return builder;
    }
}
