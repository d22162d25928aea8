namespace Thuiszitters.Gateway.Reconciliation.Persistence;

/// <summary>The reconciled state of one person as the register holds it after the latest run.</summary>
internal sealed class PupilStateRow
{
    public required string PersonKey { get; set; }

    public string? Pgn { get; set; }

    public string? SourceKey { get; set; }

    public required string Status { get; set; }

    public DateOnly? Since { get; set; }

    public string? Band { get; set; }

    public string? Gemeente { get; set; }

    public string[] Schools { get; set; } = [];

    public DateOnly AsOf { get; set; }

    public long RunId { get; set; }

    /// <summary>The fingerprint of the fact rows the state was reconciled from (<see cref="Facts.PersonFacts.FactsHash"/>).</summary>
    public long FactsHash { get; set; }
}
