using System.Globalization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Thuiszitters.Gateway.Ingest;

internal static class IngestServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IngestOptions"/> (section <c>Ingest</c>, validated at start), <see cref="DeliveryIngestor"/>
    /// and <see cref="DropFolderIngestor"/>; needs <c>AddRegister()</c>.
    /// </summary>
    public static IHostApplicationBuilder AddIngest(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<IngestOptions>()
            .BindConfiguration(IngestOptions.Section)
            .Configure<IConfiguration>(ApplyPauseVariable)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<IngestOptions>>().Value);
        builder.Services.AddSingleton<DeliveryIngestor>();
        builder.Services.AddSingleton<DropFolderIngestor>();
        return builder;
    }

    /// <summary>
    /// <c>TZ_INGEST_PAUSE_AFTER_ROWS</c>, as the tests set it for a child process, when <c>Ingest:PauseAfterRows</c> is not
    /// set; as before, a value that is not a positive number means no pause.
    /// </summary>
    private static void ApplyPauseVariable(IngestOptions options, IConfiguration configuration)
    {
        if (options.PauseAfterRows is null
            && long.TryParse(configuration[IngestOptions.PauseAfterRowsVariable], NumberStyles.None, CultureInfo.InvariantCulture, out var rows)
            && rows > 0)
        {
            options.PauseAfterRows = rows;
        }
    }
}
