using System.ComponentModel.DataAnnotations;

namespace Thuiszitters.Gateway.Security.People;

/// <summary>Section <c>People</c>: how long a session lasts without use, and when repeated failed sign-ins lock an account.</summary>
public sealed class PeopleOptions
{
    public const string Section = "People";

    /// <summary>A session ends after this long without a request (sliding). Default 30 minutes.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "12:00:00")]
    public TimeSpan SessionTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>This many failed sign-ins within <see cref="LockoutWindow"/> lock the account. Default 5.</summary>
    [Range(1, 100)]
    public int LockoutAttempts { get; init; } = 5;

    /// <summary>Default 15 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LockoutWindow { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a locked account stays locked (an admin may unlock it sooner). Default 15 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LockoutDuration { get; init; } = TimeSpan.FromMinutes(15);
}
