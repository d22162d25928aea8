using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Thuiszitters.Gateway.Ingest;

internal static class IngestServiceCollectionExtensions
{
    /// <summary>Registers <see cref="DeliveryIngestor"/> and <see cref="DropFolderIngestor"/>; needs <c>AddRegister()</c>.</summary>
    public static WebApplicationBuilder AddIngest(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(IngestOptions.Default);
        builder.Services.AddSingleton<DeliveryIngestor>();
        builder.Services.AddSingleton<DropFolderIngestor>();
        return builder;
    }
}
