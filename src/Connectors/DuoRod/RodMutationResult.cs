namespace Thuiszitters.Connectors.DuoRod;

/// <summary>DUO's answer to one mutation: <c>ACCEPTED</c> or <c>REJECTED</c>, with DUO's signal code and text in DUO's own words.</summary>
public sealed record RodMutationResult(string Reference, string Outcome, string? SignalCode, string? SignalText)
{
    public const string Accepted = "ACCEPTED";
    public const string Rejected = "REJECTED";
}
