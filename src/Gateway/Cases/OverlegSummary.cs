namespace Thuiszitters.Gateway.Cases;

/// <summary>A kept overview in the list of a gemeente's overviews.</summary>
public sealed record OverlegSummary(long Id, string Gemeente, DateOnly HeldOn, DateOnly AsOf, string CreatedBy, int Cases, int OnlyInGateway, int OnlyInOfficerList);
