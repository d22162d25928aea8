using System.Globalization;
using System.Text.Json;
using Thuiszitters.Gateway.Cli;
using Thuiszitters.Generator;
using Thuiszitters.Generator.Writers;
using Thuiszitters.Gateway.Tests.Infrastructure;
using Thuiszitters.Gateway.Tests.Snapshot;
using Xunit.Abstractions;

namespace Thuiszitters.Gateway.Tests.Cli;

/// <summary>
/// The generator plants a case of every status and every conflict code with its outcome worked out by hand; the offline
/// reconcile of the generated drop folder must agree with that ground truth on every pupil and every conflict.
/// </summary>
public sealed class GroundTruthAgreementTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(20000, 42, "2026-04-15")]
    [InlineData(2000, 7, "2026-04-15")]
    [InlineData(3000, 1234, "2026-02-02")]
    [InlineData(5000, 987654, "2026-06-30")]
    public async Task Reconcile_GeneratedRegion_AgreesWithGroundTruthOnEveryPupilAndConflict(int pupils, int seed, string asOf)
    {
        var folder = Directory.CreateTempSubdirectory("tz-truth-").FullName;
        try
        {
            var region = Path.Combine(folder, "drop");
            var inv = CultureInfo.InvariantCulture;
            Assert.Equal(0, await GenerateCommand.RunAsync(
                ["--out", region, "--pupils", pupils.ToString(inv), "--seed", seed.ToString(inv), "--as-of", asOf], CancellationToken.None));
            var snapshot = Path.Combine(folder, "snapshot.json");
            Assert.Equal(0, await ReconcileCommand.RunAsync(
                ["--input", region, "--as-of", asOf, "--output", snapshot, "--server", TestDatabase.ServerConnectionString], CancellationToken.None));

            using var truth = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(region, GroundTruthWriter.FileName)));
            using var actual = JsonDocument.Parse(await File.ReadAllTextAsync(snapshot));
            var comparison = SnapshotComparison.Compare(truth.RootElement, actual.RootElement);
            foreach (var (code, (tp, fp, fn)) in comparison.PerCode.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                var precision = tp + fp == 0 ? 1.0 : (double)tp / (tp + fp);
                var recall = tp + fn == 0 ? 1.0 : (double)tp / (tp + fn);
                output.WriteLine(string.Create(inv, $"{code,-32} planted {tp + fn,5}  found {tp + fp,5}  precision {precision:P1}  recall {recall:P1}"));
            }

            Assert.Equal(14, comparison.PerCode.Count);
            Assert.True(comparison.Differences.Count == 0, string.Join(Environment.NewLine, comparison.Differences.Take(30)));
            Assert.Empty(actual.RootElement.GetProperty("rejected").EnumerateArray());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
