namespace Thuiszitters.Connectors.SisApi;

/// <summary>A page of the school-system API: at most 500 items and the cursor of the next page (null on the last).</summary>
public sealed record SisPage<T>(IReadOnlyList<T> Items, string? Next);
