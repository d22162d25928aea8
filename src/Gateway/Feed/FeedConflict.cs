namespace Thuiszitters.Gateway.Feed;

/// <summary>An open conflict of a feed item: its code, the school and date that anchor it, the party that must act and by when.</summary>
internal sealed record FeedConflict(string Code, string? School, DateOnly? Date, string Acts, DateOnly? DueDate);
