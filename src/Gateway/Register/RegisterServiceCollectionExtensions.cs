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
    public static IHostApplicationBuilder AddRegister(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => RegisterDatabase.CreateDataSource(RegisterDatabase.ConnectionString(sp.GetRequiredService<IConfiguration>())));
        builder.Services.AddDbContext<RegisterDbContext>((sp, options) =>
            options.UseNpgsql(
                sp.GetRequiredService<NpgsqlDataSource>(),
                npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history")));
        return builder;
    }

    /// <summary>
    /// Brings the configured register's schema up to the latest migration (the web host and every command, at start),
    /// on a connection string of its own as before, so that a database not yet there is created.
    /// </summary>
    public static Task MigrateRegisterAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        RegisterDatabase.MigrateAsync(RegisterDatabase.ConnectionString(services.GetRequiredService<IConfiguration>()), cancellationToken);
}
