namespace Thuiszitters.Gateway.Feed.ApiKeys;

/// <summary>A machine key as listed (never the key itself).</summary>
internal sealed record ApiKeyInfo(long Id, string Name, ApiKeyScope Scope, string Prefix, DateTimeOffset CreatedAt, DateOnly? ExpiresOn, DateTimeOffset? RevokedAt);
