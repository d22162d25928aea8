namespace Thuiszitters.Gateway.Security;

/// <summary>
/// Who read (or tried to read) which pupils' data, when, why and where (AVG). One row per request: a list view is one
/// row with every pupil it showed in <see cref="Pgns"/>; a refused attempt is a row with <see cref="Outcome"/>
/// <c>REFUSED</c> and the pgn asked for.
/// </summary>
internal sealed class AuditEntryRow
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Actor { get; set; }

    public required string Role { get; set; }

    public string? Organisation { get; set; }

    public required string Action { get; set; }

    /// <summary>The pupil, when the request was about exactly one (a pupil page, a conflict action).</summary>
    public string? Pgn { get; set; }

    /// <summary>Every pupil the answer held (or the one asked for), GIN-indexed to answer "who saw this pupil".</summary>
    public string[] Pgns { get; set; } = [];

    public required string Purpose { get; set; }

    /// <summary><c>ALLOWED</c> or <c>REFUSED</c>.</summary>
    public string Outcome { get; set; } = AuditOutcomes.Allowed;

    /// <summary>Why a refused attempt was refused.</summary>
    public string? Refusal { get; set; }

    /// <summary>The endpoint (method and route pattern, never the path with its pgn).</summary>
    public string? Endpoint { get; set; }

    /// <summary>The page of this site the request came from (its path, from the same-origin Referer).</summary>
    public string? Page { get; set; }
}
