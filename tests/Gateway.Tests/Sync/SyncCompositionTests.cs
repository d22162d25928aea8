using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Thuiszitters.Gateway.Cli;
using Thuiszitters.Gateway.Sync;

namespace Thuiszitters.Gateway.Tests.Sync;

public sealed class SyncCompositionTests
{
    [Fact]
    public async Task CliHost_Build_HasNoHangfireServerNorStorage()
    {
        await using var host = CliHost.Build("Host=127.0.0.1;Port=1;Username=nobody;Password=nothing;Database=tz_never_opened");

        Assert.Null(host.Services.GetService<SyncServer>());
        Assert.Null(host.Services.GetService<JobStorage>());
        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s.GetType().Namespace?.StartsWith("Hangfire", StringComparison.Ordinal) == true);
    }
}
