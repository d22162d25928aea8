using Microsoft.Extensions.Logging.Abstractions;
using Thuiszitters.Gateway.Ingest;
using Thuiszitters.Gateway.Register.Entities;
using Thuiszitters.Gateway.Tests.Api;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Cases;

/// <summary>The API tests' seeded region plus the files the case pages read beyond it: school B's thuiszitter registration of pupil B.</summary>
internal static class CaseHarness
{
    public const string Regiehouder = "Jeugdteam Noord";

    public static async Task AddRegistrationAsync(ApiHarness harness)
    {
        using var folder = new DropFolder();
        var ingestor = new DeliveryIngestor(harness.Database.DataSource, harness.Clock, IngestOptions.Default, NullLogger<DeliveryIngestor>.Instance);
        var file = SourceFiles.Registrations(RegisterSeed.SchoolB, "20260310").Registration(RegisterSeed.PupilB, reden: "SCHOOLANGST", plan: "J", regiehouder: Regiehouder);
        var result = await ingestor.IngestFileAsync(folder.Write(file), CancellationToken.None);
        Assert.Equal(DeliveryOutcomes.Applied, result.Outcome);
    }
}
