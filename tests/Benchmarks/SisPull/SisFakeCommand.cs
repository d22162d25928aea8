using System.Globalization;
using Thuiszitters.Fakes.SisApi;
using Thuiszitters.Gateway.Cli;

namespace Thuiszitters.Benchmarks.SisPull;

/// <summary>
/// <c>Thuiszitters.Benchmarks sis-fake --schools N --pupils P --large-schools K --large-pupils Q --page-size S</c>: the
/// child process that serves the fake school system (<see cref="FakeSchoolSystem"/>, on a free loopback port, without
/// the dropping proxy or a request log) for <see cref="SisPullBenchmark"/>, so that its CPU is its own. Makes every
/// school's data before it answers, prints <c>ready URL</c> and serves until its standard input closes.
/// </summary>
internal static class SisFakeCommand
{
    public const string Name = "sis-fake";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = CommandArguments.Parse(args);
        int Number(string name) => int.Parse(options.Get(name) ?? "0", CultureInfo.InvariantCulture);
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        using var fake = new FakeSchoolSystem(port: 0, dropping: false, logRequests: false) { PageSize = Number("page-size") };
        for (var i = 0; i < Number("schools"); i++)
        {
            Add(fake, SisBenchSchools.Code(i), Number("pupils"), today);
        }

        for (var i = 0; i < Number("large-schools"); i++)
        {
            Add(fake, SisBenchSchools.LargeCode(i), Number("large-pupils"), today);
        }

        await Console.Out.WriteLineAsync("ready " + fake.BaseUrl.AbsoluteUri);
        await Console.Out.FlushAsync();
        await Console.In.ReadToEndAsync();
        return 0;
    }

    private static void Add(FakeSchoolSystem fake, string school, int pupils, DateOnly today)
    {
        var (students, absenceDays) = SisBenchSchools.Make(school, pupils, today);
        fake.Students[school] = students;
        fake.AbsenceDays[school] = absenceDays;
    }
}
