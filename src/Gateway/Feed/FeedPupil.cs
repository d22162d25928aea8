namespace Thuiszitters.Gateway.Feed;

/// <summary>
/// A pupil as leerplicht receives it: the names and birth dates as each source gives them, the reconciled status,
/// since, band, enrolling schools, woongemeente, open conflicts, and every fact behind it with its file, line and the
/// moment the file was received.
/// </summary>
internal sealed record FeedPupil(
    string Pgn,
    IReadOnlyList<FeedName> Names,
    string Status,
    DateOnly? Since,
    string? Band,
    IReadOnlyList<string> Schools,
    string Woongemeente,
    IReadOnlyList<FeedConflict> OpenConflicts,
    IReadOnlyList<FeedSource> Sources);
