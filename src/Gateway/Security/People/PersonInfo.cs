namespace Thuiszitters.Gateway.Security.People;

/// <summary>A person as the admin page lists them: never the password hash.</summary>
public sealed record PersonInfo(
    long Id, string UserName, string DisplayName, string Role, string? Organisation, IReadOnlyList<string> Schools,
    bool Active, int FailedAttempts, DateTimeOffset? LockedUntil, bool Locked, DateTimeOffset CreatedAt, DateTimeOffset? LastSignInAt);
