using System.ComponentModel.DataAnnotations;

namespace Thuiszitters.Gateway.Security;

/// <summary>
/// The API's users (section <c>Security</c>). Each presents its token as <c>Authorization: Bearer &lt;token&gt;</c>.
/// In production the tokens come from the secret store; the demo configures a user per role.
/// </summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    [Required]
    public List<UserOptions> Users { get; init; } = [];

    public sealed class UserOptions
    {
        [Required, MinLength(16)]
        public string Token { get; init; } = "";

        [Required]
        public string Name { get; init; } = "";

        public CallerRole Role { get; init; }

        public string? Organisation { get; init; }

        /// <summary>For a board: the school codes (BRIN + vestiging) of its schools.</summary>
        public List<string> Schools { get; init; } = [];

        /// <summary>Shown on the demo login page only when the demo is running.</summary>
        public string? Description { get; init; }
    }
}
