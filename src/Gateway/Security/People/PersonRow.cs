namespace Thuiszitters.Gateway.Security.People;

/// <summary>
/// A person who signs in (<c>people</c>): the role and organisation that scope what they see, the password as
/// <see cref="Microsoft.AspNetCore.Identity.PasswordHasher{TUser}"/> stores it, and the lockout counters.
/// </summary>
internal sealed class PersonRow
{
    public long Id { get; set; }

    /// <summary>Unique, compared case-insensitively (stored lower case).</summary>
    public required string UserName { get; set; }

    public required string DisplayName { get; set; }

    public required string PasswordHash { get; set; }

    /// <summary>A <see cref="CallerRole"/> name.</summary>
    public required string Role { get; set; }

    /// <summary>Gemeente code, school code (BRIN + vestiging), board name or SWV code; null for Inspectie, IT staff and admins.</summary>
    public string? Organisation { get; set; }

    /// <summary>For a board: its schools.</summary>
    public string[] Schools { get; set; } = [];

    public bool Active { get; set; }

    public int FailedAttempts { get; set; }

    /// <summary>When the current run of failed attempts began (the lockout window counts from here).</summary>
    public DateTimeOffset? FirstFailedAt { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>Bumped when the password is reset or the person deactivated: sessions signed in before no longer count.</summary>
    public int SessionVersion { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }
}
