namespace Thuiszitters.Gateway.Cases;

/// <summary>A next step for one case of an overview: what (at most 1,000 characters), who (200), by when (<c>yyyy-mm-dd</c>, optional).</summary>
public sealed record OverlegStepRequest(string? PersonKey, string? What, string? Who, string? DueDate);
