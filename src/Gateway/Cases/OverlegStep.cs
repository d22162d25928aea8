namespace Thuiszitters.Gateway.Cases;

/// <summary>A next step agreed in an overleg: what, who, by when; recorded by whom and when.</summary>
public sealed record OverlegStep(long Id, long OverviewId, string What, string Who, DateOnly? DueDate, string RecordedBy, DateTimeOffset RecordedAt);
