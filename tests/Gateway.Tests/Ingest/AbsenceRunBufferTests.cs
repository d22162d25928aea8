using Thuiszitters.Connectors;
using Thuiszitters.Gateway.Ingest;
using Thuiszitters.Gateway.Tests.Infrastructure;

namespace Thuiszitters.Gateway.Tests.Ingest;

/// <summary>Which consecutive absence records share an <c>absence_runs</c> row (no database).</summary>
public sealed class AbsenceRunBufferTests
{
    private static readonly Pgn A = Bsn(Pgns.Bsn(71));
    private static readonly Pgn B = Bsn(Pgns.Bsn(72));

    [Fact]
    public void TryAdd_ConsecutiveDaysOfOnePupil_GoIntoOneRunFromTheFirstLine()
    {
        var run = new AbsenceRunBuffer();

        Assert.True(run.TryAdd(Day(5, "1", A)));
        Assert.True(run.TryAdd(Day(6, "1", A)));
        Assert.True(run.TryAdd(Day(7, "1", A)));

        Assert.Equal((3, 5L), (run.Count, run.FirstLine));
    }

    [Theory]
    [InlineData("2", "A", "")]
    [InlineData("1", "B", "")]
    [InlineData("1", "", "")]
    [InlineData("1", "A", "O")]
    public void TryAdd_ARecordNamingAnotherPupil_StartsANewRun(string stamnummer, string bsn, string onderwijsnummer)
    {
        var run = new AbsenceRunBuffer();
        Assert.True(run.TryAdd(Day(5, "1", A)));

        var other = Day(6, stamnummer, bsn switch { "A" => A, "B" => B, _ => null }, onderwijsnummer == "O" ? Onderwijsnummer(Pgns.Onderwijsnummer(1)) : null);

        Assert.False(run.TryAdd(other));
        Assert.Equal(1, run.Count);
    }

    [Fact]
    public void TryAdd_ALineBetween_StartsANewRun()
    {
        // Line 6 was quarantined or belongs to another kind: line 7 is not the run's next day.
        var run = new AbsenceRunBuffer();
        Assert.True(run.TryAdd(Day(5, "1", A)));

        Assert.False(run.TryAdd(Day(7, "1", A)));
    }

    [Fact]
    public void TryAdd_AFullRun_StartsANewRun()
    {
        var run = new AbsenceRunBuffer();
        for (var line = 2; line < 2 + AbsenceRunBuffer.MaxDays; line++)
        {
            Assert.True(run.TryAdd(Day(line, "1", A)));
        }

        Assert.False(run.TryAdd(Day(2 + AbsenceRunBuffer.MaxDays, "1", A)));
        Assert.Equal(AbsenceRunBuffer.MaxDays, run.Count);
    }

    [Fact]
    public void TryAdd_ByStamnummerOnly_SamePupilWhenTheStamnummerIsTheSame()
    {
        var run = new AbsenceRunBuffer();
        Assert.True(run.TryAdd(Day(5, "77", null)));

        Assert.True(run.TryAdd(Day(6, "77", null)));
        Assert.False(run.TryAdd(Day(7, "78", null)));
    }

    private static AbsenceRecord Day(long line, string stamnummer, Pgn? bsn, Pgn? onderwijsnummer = null) =>
        new(stamnummer.Length == 0 ? null : stamnummer, bsn, onderwijsnummer, new DateOnly(2026, 3, 2).AddDays((int)line), 6m, AbsenceCode.Ziek) { Line = line };

    private static Pgn Bsn(string value) => Pgn.TryParse(value, PgnKind.Bsn, out var pgn, out _) ? pgn : throw new ArgumentException(value);

    private static Pgn Onderwijsnummer(string value) =>
        Pgn.TryParse(value, PgnKind.Onderwijsnummer, out var pgn, out _) ? pgn : throw new ArgumentException(value);
}
