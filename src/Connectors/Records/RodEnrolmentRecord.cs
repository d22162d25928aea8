namespace Thuiszitters.Connectors;

/// <summary>
/// ROD <c>INS</c>: an enrolment. <paramref name="Sector"/> is <c>PO</c>, <c>SO</c>, <c>VO</c>, <c>VSO</c> or <c>MBO</c>;
/// <paramref name="Mutatie"/> is <c>T</c>, <c>A</c>, <c>U</c> or <c>V</c> (<c>V</c> removes the enrolment in a partial batch).
/// </summary>
public sealed record RodEnrolmentRecord(Pgn Pgn, SchoolCode School, int Volgnummer, DateOnly Begin, DateOnly? End, string Sector, char Mutatie) : SourceRecord;
