using System.Text.RegularExpressions;
using Thuiszitters.Benchmarks.SisPull;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Benchmarks;

/// <summary>
/// The school-system pull benchmark at a size of seconds, so it cannot rot: the fake starts in its own process, every
/// part prints its figures and every school is applied. How fast is the benchmark's answer, not this test's.
/// </summary>
public sealed class SisPullBenchmarkSmokeTests
{
    [Fact]
    public async Task RunAsync_SmallSchools_EveryPartHasFiguresAndEverySchoolIsApplied()
    {
        var options = SisPullOptions.Parse(
            ["--pupils", "600", "--page-size", "250", "--repeat", "1", "--schools", "3", "--school-pupils", "20", "--server", TestDatabase.ServerConnectionString],
            out var error);
        Assert.True(options is not null, error);
        using var output = new StringWriter();

        await new SisPullBenchmark(options, output).RunAsync(CancellationToken.None);

        var text = output.ToString();
        // 600 pupils and five absence days for every tenth: 900 records, the walk in pages of 250.
        Assert.True(FigureLine("walk [0-9]{2}[A-Z]{2}00 \\(HTTP, JSON, checks\\)", 900).IsMatch(text), text);
        Assert.True(FigureLine("pull [0-9]{2}[A-Z]{2}00 \\(\\+ commit, export, apply\\)", 900).IsMatch(text), text);
        Assert.True(FigureLine("3 schools, [0-9]+ at a time", 3 * 30).IsMatch(text), text);
        Assert.Contains("outcomes: APPLIED 3", text, StringComparison.Ordinal);
        Assert.Contains("over 3 pulls", text, StringComparison.Ordinal);
    }

    /// <summary>A line of the table: what, the records, then wall seconds, records/s and the three CPU figures, all numbers.</summary>
    private static Regex FigureLine(string what, int records) =>
        new($"(?m)^{what} +{records} +[0-9.]+ +[0-9]+ +[0-9.]+ \\( *[0-9]+ ?%\\) +[0-9.]+ \\( *[0-9]+ ?%\\) +[0-9.]+\\r?$");
}
