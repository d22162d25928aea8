using Thuiszitters.Gateway.Reconciliation;

namespace Thuiszitters.Gateway.Tests.Reconciliation;

/// <summary>Checks conflicts the way the examples judge them: code, pgn, school and date.</summary>
internal static class ConflictAssert
{
    public static ConflictFinding Single(PupilOutcome outcome, ConflictCode code, string? school, DateOnly? date)
    {
        var finding = Assert.Single(outcome.Conflicts, c => c.Code == code);
        Assert.Equal(outcome.Pgn, finding.Pgn);
        Assert.Equal(school, finding.School);
        Assert.Equal(date, finding.Date);
        return finding;
    }

    public static void None(PupilOutcome outcome, ConflictCode code) =>
        Assert.DoesNotContain(outcome.Conflicts, c => c.Code == code);
}
