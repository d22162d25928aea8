namespace Thuiszitters.Gateway.Cases.Entities;

/// <summary>
/// One stretch of a case in one status (<c>case_episodes</c>), from the first to the last day a daily count saw it: the
/// cumulative quarterly count takes every episode that touched the quarter, closed or not.
/// </summary>
internal sealed class CaseEpisodeRow
{
    public required string PersonKey { get; set; }

    /// <summary>The pgn (null for a person known only by a source key): what the scope rules compare.</summary>
    public string? Pgn { get; set; }

    public required string Status { get; set; }

    public DateOnly Since { get; set; }

    public string? Band { get; set; }

    public string? Gemeente { get; set; }

    public string[] Schools { get; set; } = [];

    public string? Sector { get; set; }

    public string? Reason { get; set; }

    public DateOnly FirstDay { get; set; }

    public DateOnly LastDay { get; set; }
}
