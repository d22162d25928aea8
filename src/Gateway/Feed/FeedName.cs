namespace Thuiszitters.Gateway.Feed;

/// <summary>A name and birth date as one source gives it; the birth date as known (<c>yyyy</c>, <c>yyyy-mm</c> or <c>yyyy-mm-dd</c>).</summary>
internal sealed record FeedName(string Source, string Surname, string? Prefix, string? GivenNames, string? BirthDate, string File, long Line);
