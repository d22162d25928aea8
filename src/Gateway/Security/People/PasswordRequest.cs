namespace Thuiszitters.Gateway.Security.People;

/// <summary>A new password, set by an admin.</summary>
public sealed record PasswordRequest(string? Password);
