namespace Thuiszitters.Connectors;

/// <summary>One pupil's absence on one day (<c>verzuim_*.csv</c>).</summary>
public sealed record AbsenceRecord(string? Stamnummer, Pgn? Bsn, Pgn? Onderwijsnummer, DateOnly Date, decimal Hours, AbsenceCode Code) : SourceRecord
{
    public bool IsUnauthorised => Code.IsUnauthorised();

    public Pgn? Pgn => Bsn ?? Onderwijsnummer;
}
