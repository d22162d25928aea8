namespace Thuiszitters.Gateway.Pupils;

/// <summary>One pupil in a list: the reconciled state, no name.</summary>
public sealed record PupilSummary(
    string? Pgn,
    string? SourceKey,
    string Status,
    DateOnly? Since,
    string? Band,
    string? Gemeente,
    IReadOnlyList<string> Schools,
    int OpenConflicts)
{
    /// <summary>
    /// A row whose first seven columns are pupil_states' pgn, source_key, status, since, band, gemeente, schools.
    /// </summary>
    internal static PupilSummary Read(Npgsql.NpgsqlDataReader reader, int openConflicts) => new(
        reader.IsDBNull(0) ? null : reader.GetString(0),
        reader.IsDBNull(1) ? null : reader.GetString(1),
        reader.GetString(2),
        reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetString(5),
        reader.GetFieldValue<string[]>(6),
        openConflicts);
}
