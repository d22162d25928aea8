using System.Text.Json;
using Thuiszitters.Gateway.Cli;
using Thuiszitters.Gateway.Tests.Infrastructure;
using Thuiszitters.Gateway.Tests.Snapshot;

namespace Thuiszitters.Gateway.Tests.Cli;

public sealed class ReconcileCommandTests
{
    public static TheoryData<string> Examples() =>
        [.. Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "Snapshot", "Examples")).Select(d => Path.GetFileName(d)!).Order()];

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task RunAsync_WorkedExample_MatchesExpectedSnapshot(string example)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Snapshot", "Examples", example);
        using var expected = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "expected.json")));
        var asOf = expected.RootElement.GetProperty("asOf").GetString()!;
        var output = Path.Combine(Path.GetTempPath(), $"tz-snapshot-{Guid.NewGuid():N}.json");
        try
        {
            var exit = await ReconcileCommand.RunAsync(
                ["--input", Path.Combine(folder, "input"), "--as-of", asOf, "--output", output, "--server", TestDatabase.ServerConnectionString],
                CancellationToken.None);

            Assert.Equal(0, exit);
            using var actual = JsonDocument.Parse(await File.ReadAllTextAsync(output));
            var comparison = SnapshotComparison.Compare(expected.RootElement, actual.RootElement);
            Assert.True(comparison.Differences.Count == 0, string.Join(Environment.NewLine, comparison.Differences));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public async Task RunAsync_MissingInputFolder_ExitsNonZero()
    {
        var exit = await ReconcileCommand.RunAsync(
            ["--input", "/nonexistent/folder", "--as-of", "2026-04-15", "--output", Path.GetTempFileName()], CancellationToken.None);

        Assert.NotEqual(0, exit);
    }
}
