using System.ComponentModel.DataAnnotations;

namespace Thuiszitters.Gateway.Security;

/// <summary>
/// Configured token users (section <c>Security</c>), each presenting its token as <c>Authorization: Bearer &lt;token&gt;</c>:
/// for the tests, the demo and the benchmarks only. In the Production environment the gateway refuses to start while
/// <c>Security:Users</c> has an entry (<see cref="NoUsersInProduction"/>): people sign in, machines use API keys.
/// </summary>
public sealed class SecurityOptions : IValidatableObject
{
    public const string Section = "Security";

    /// <summary>The start-up error in Production when users are configured; it names no token.</summary>
    public const string NoUsersInProduction =
        "Security:Users is configured, but the Production environment accepts no configured Bearer tokens. Remove the "
        + "Security:Users section: people sign in on /login (create them on /admin/people.html or with the `user` command), "
        + "machines use an API key (`api-key create`).";

    [Required]
    public List<UserOptions> Users { get; init; } = [];

    /// <summary>
    /// Data annotations do not descend into list items, so each user is validated here; a scoped role without its
    /// organisation, or two users with one token, would widen or confuse what a caller sees. Messages name the user's
    /// position and field, never the token.
    /// </summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < Users.Count; i++)
        {
            var user = Users[i];
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(user, new ValidationContext(user), results, validateAllProperties: true);
            foreach (var result in results)
            {
                yield return new ValidationResult($"Users[{i}]: {result.ErrorMessage}", [.. result.MemberNames.Select(m => $"Users[{i}].{m}")]);
            }

            if (user.Role is CallerRole.Leerplicht or CallerRole.School or CallerRole.Board && string.IsNullOrWhiteSpace(user.Organisation))
            {
                yield return new ValidationResult($"Users[{i}]: role {user.Role} needs an Organisation.", [$"Users[{i}].Organisation"]);
            }

            if (user.Role is CallerRole.Admin)
            {
                yield return new ValidationResult($"Users[{i}]: role Admin is for people who sign in, never a configured token.", [$"Users[{i}].Role"]);
            }
        }

        if (Users.GroupBy(u => u.Token, StringComparer.Ordinal).Any(g => g.Count() > 1))
        {
            yield return new ValidationResult("Two users have the same token.", [nameof(Users)]);
        }
    }

    public sealed class UserOptions
    {
        [Required, MinLength(16)]
        public string Token { get; init; } = "";

        [Required]
        public string Name { get; init; } = "";

        /// <summary>Required: a user without a role would otherwise silently become the enum's first value.</summary>
        [Required]
        public CallerRole? Role { get; init; }

        public string? Organisation { get; init; }

        /// <summary>For a board: the school codes (BRIN + vestiging) of its schools.</summary>
        public List<string> Schools { get; init; } = [];

        /// <summary>Shown on the demo login page only when the demo is running.</summary>
        public string? Description { get; init; }
    }
}
