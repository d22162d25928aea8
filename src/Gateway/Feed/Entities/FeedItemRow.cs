namespace Thuiszitters.Gateway.Feed.Entities;

/// <summary>
/// A pupil's current item in one gemeente's feed (<c>feed_items</c>), or the fact that it left (<see cref="Present"/> false,
/// kept so that the latest event per pupil is known). The change log compares <see cref="Hash"/> with the new state.
/// </summary>
internal sealed class FeedItemRow
{
    public required string Gemeente { get; set; }

    public required string Pgn { get; set; }

    public bool Present { get; set; }

    /// <summary>MD5 of the reconciled part's canonical jsonb text and the names as the sources give them: only a differing hash makes an event.</summary>
    public byte[]? Hash { get; set; }

    /// <summary>The item's reconciled part (status, since, band, schools, woongemeente, open conflicts) as jsonb; null when removed.</summary>
    public string? Item { get; set; }

    /// <summary>The whole item (the pupil of the feed's answers) as UTF-8 JSON, served as stored; null when removed.</summary>
    public byte[]? Body { get; set; }

    /// <summary>The sequence of the pupil's latest event in this gemeente.</summary>
    public long LastSequence { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
