namespace Thuiszitters.Gateway.Cases.Entities;

/// <summary>A case on an 8-weekly overview (<c>overleg_cases</c>), with what changed since the previous one and which list holds it.</summary>
internal sealed class OverlegCaseRow
{
    public long OverviewId { get; set; }

    public required string PersonKey { get; set; }

    public string? Name { get; set; }

    public string? Status { get; set; }

    public DateOnly? Since { get; set; }

    public string? Band { get; set; }

    public int OpenConflicts { get; set; }

    public bool InGateway { get; set; }

    public bool InOfficerList { get; set; }

    /// <summary><c>NIEUW</c>, <c>GEWIJZIGD</c>, <c>ONGEWIJZIGD</c> or <c>VERVALLEN</c> (on the previous overview, no longer open).</summary>
    public required string Change { get; set; }

    public string? ChangeDetail { get; set; }
}
