namespace Thuiszitters.Gateway.Cases.Entities;

/// <summary>The reconciliation run a derived table was last built for: id 1 <c>case_people</c>, id 2 the daily counts.</summary>
internal sealed class CaseIndexStateRow
{
    public int Id { get; set; }

    public long RunId { get; set; }

    public DateTimeOffset RefreshedAt { get; set; }
}
