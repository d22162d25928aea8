namespace Thuiszitters.Connectors;

/// <summary>
/// ROD <c>VZM</c>: a verzuimmelding. <paramref name="Soort"/> is <c>16U</c>, <c>LRV</c>, <c>RMC</c>, <c>LUX</c> or <c>OVR</c>;
/// <paramref name="Status"/> is <c>G</c>, <c>B</c>, <c>A</c>, <c>I</c> or <c>T</c>.
/// </summary>
public sealed record RodReportRecord(
    string Meldingsnummer,
    Pgn Pgn,
    SchoolCode School,
    string Soort,
    DateOnly Begin,
    DateOnly? End,
    char Status,
    string? RedenIngetrokken) : SourceRecord;
