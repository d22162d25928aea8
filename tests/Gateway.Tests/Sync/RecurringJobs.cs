using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Thuiszitters.Gateway.Tests.Api;

namespace Thuiszitters.Gateway.Tests.Sync;

/// <summary>Hangfire's recurring jobs as a started host registered them.</summary>
internal static class RecurringJobs
{
    /// <summary>The recurring job <paramref name="id"/>, waiting up to 20 s for the host to register it.</summary>
    public static async Task<RecurringJobDto> RecurringJobAsync(this ApiHost host, string id)
    {
        var storage = host.Services.GetRequiredService<JobStorage>();
        var deadline = TimeProvider.System.GetUtcNow() + TimeSpan.FromSeconds(20);
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            using var connection = storage.GetConnection();
            if (connection.GetRecurringJobs().FirstOrDefault(j => j.Id == id) is { } job)
            {
                return job;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"recurring job {id} was not scheduled");
    }
}
