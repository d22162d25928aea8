namespace Thuiszitters.Gateway.Cases.Entities;

/// <summary>One count on one day for one scope (<c>count_history</c>): the region, a gemeente or a school.</summary>
internal sealed class CountHistoryRow
{
    public DateOnly Day { get; set; }

    /// <summary><c>REGIO</c>, <c>GEMEENTE</c> or <c>SCHOOL</c>.</summary>
    public required string ScopeKind { get; set; }

    public required string Scope { get; set; }

    public required string Metric { get; set; }

    public int Value { get; set; }
}
