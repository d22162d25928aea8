using System.Text.Json;

namespace Thuiszitters.Gateway.Tests.Snapshot;

/// <summary>
/// Compares a snapshot with an expected one the way the worked examples are judged: every expected pupil's status (and
/// since/band where given), and the conflicts of the judged codes as sets of (code, pgn, school, date).
/// </summary>
internal sealed class SnapshotComparison
{
    private SnapshotComparison(List<string> differences, Dictionary<string, (int TruePositives, int FalsePositives, int FalseNegatives)> perCode)
    {
        Differences = differences;
        PerCode = perCode;
    }

    public List<string> Differences { get; }

    public Dictionary<string, (int TruePositives, int FalsePositives, int FalseNegatives)> PerCode { get; }

    public static SnapshotComparison Compare(JsonElement expected, JsonElement actual)
    {
        var differences = new List<string>();
        var actualPupils = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var pupil in actual.GetProperty("pupils").EnumerateArray())
        {
            if (Text(pupil, "pgn") is { } pgn)
            {
                actualPupils[pgn] = pupil;
            }
        }

        foreach (var pupil in expected.GetProperty("pupils").EnumerateArray())
        {
            var pgn = Text(pupil, "pgn")!;
            if (!actualPupils.TryGetValue(pgn, out var got))
            {
                differences.Add($"pupil {pgn}: missing");
                continue;
            }

            foreach (var field in new[] { "status", "since", "band" })
            {
                if (pupil.TryGetProperty(field, out _) && Text(pupil, field) != Text(got, field))
                {
                    differences.Add($"pupil {pgn}: {field} expected {Text(pupil, field) ?? "null"}, got {Text(got, field) ?? "null"}");
                }
            }
        }

        var judged = expected.TryGetProperty("judgedCodes", out var codes)
            ? codes.EnumerateArray().Select(c => c.GetString()!).ToHashSet(StringComparer.Ordinal)
            : null;
        var want = Conflicts(expected, judged);
        var got2 = Conflicts(actual, judged);
        var perCode = new Dictionary<string, (int, int, int)>(StringComparer.Ordinal);
        foreach (var code in want.Concat(got2).Select(c => c.Split('|')[0]).Distinct())
        {
            var w = want.Where(c => c.StartsWith(code + "|", StringComparison.Ordinal)).ToHashSet();
            var g = got2.Where(c => c.StartsWith(code + "|", StringComparison.Ordinal)).ToHashSet();
            perCode[code] = (w.Intersect(g).Count(), g.Except(w).Count(), w.Except(g).Count());
        }

        differences.AddRange(want.Except(got2).Select(c => $"conflict missing: {c}"));
        differences.AddRange(got2.Except(want).Select(c => $"conflict not expected: {c}"));
        return new SnapshotComparison(differences, perCode);
    }

    private static HashSet<string> Conflicts(JsonElement snapshot, HashSet<string>? judged) =>
        snapshot.GetProperty("conflicts").EnumerateArray()
            .Where(c => judged is null || judged.Contains(Text(c, "code")!))
            .Select(c => string.Join('|', Text(c, "code"), Text(c, "pgn") ?? "null", Text(c, "school") ?? "null", Text(c, "date") ?? "null"))
            .ToHashSet(StringComparer.Ordinal);

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
