namespace Thuiszitters.Gateway.Cases;

/// <summary>A page of the case overview with the total the filters match (never cut off without a word).</summary>
public sealed record CaseListPage(DateOnly? AsOf, long Total, int Offset, int Limit, IReadOnlyList<CaseListItem> Items);
