namespace Thuiszitters.Gateway.Security.People;

/// <summary>A person to add (admin page, <c>user create</c>). <see cref="Validate"/> names the first field that is wrong.</summary>
public sealed record NewPerson(string? UserName, string? DisplayName, string? Role, string? Organisation, IReadOnlyList<string>? Schools, string? Password)
{
    /// <returns>(field, Dutch reason) of the first wrong field, or null.</returns>
    public (string Field, string Reason)? Validate()
    {
        if (PersonRules.UserName(UserName) is { } userName)
        {
            return ("userName", userName);
        }

        if (PersonRules.DisplayName(DisplayName) is { } displayName)
        {
            return ("displayName", displayName);
        }

        if (ParsedRole is not { } role)
        {
            return ("role", "onbekende rol: " + string.Join(", ", Enum.GetNames<CallerRole>()));
        }

        if (PersonRules.Organisation(role, Organisation, Schools ?? []) is { } organisation)
        {
            return ("organisation", organisation);
        }

        return PersonRules.Password(Password) is { } password ? ("password", password) : null;
    }

    public CallerRole? ParsedRole =>
        Enum.TryParse<CallerRole>(Role, ignoreCase: true, out var role) && Enum.IsDefined(role) && !int.TryParse(Role, out _) ? role : null;
}
