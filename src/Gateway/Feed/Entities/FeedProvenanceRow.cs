namespace Thuiszitters.Gateway.Feed.Entities;

/// <summary>
/// A feed pupil's names and sources as last built (<c>feed_provenance</c>), with the fingerprint of the fact rows they were
/// built from (<c>pupil_states.facts_hash</c>): the change log builds them again only when that fingerprint differs, and
/// otherwise takes them from here (<see cref="FeedChangeLog"/>). Per pupil, whatever its gemeente.
/// </summary>
internal sealed class FeedProvenanceRow
{
    public required string Pgn { get; set; }

    public long FactsHash { get; set; }

    /// <summary>The names and birth dates as each source gives them, with file and line: a JSON array as text.</summary>
    public required string Names { get; set; }

    /// <summary>The names without file and line (what decides an event): a JSON array as text.</summary>
    public required string Identity { get; set; }

    /// <summary>Every fact with source, file, line and receipt time: a JSON array as text.</summary>
    public required string Sources { get; set; }
}
