using System.Globalization;
using System.Security.Claims;

namespace Thuiszitters.Gateway.Security.People;

/// <summary>
/// The claims of a person's session: exactly those a configured token gives (<see cref="CallerClaims"/>), so
/// <see cref="Caller"/> and <see cref="PupilScope"/> work unchanged, plus the person's id and session version (checked
/// on every request) and display name; a demo user's session is marked as such.
/// </summary>
internal static class PersonClaims
{
    public const string PersonId = "tz:person-id";
    public const string SessionVersion = "tz:session-version";
    public const string DisplayName = "tz:display-name";
    public const string Demo = "tz:demo";

    public static ClaimsPrincipal For(PersonRow person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return CallerClaims.Principal(
            person.UserName, Enum.Parse<CallerRole>(person.Role), person.Organisation, person.Schools, PeopleAuthentication.CookieScheme,
            [
                new Claim(PersonId, person.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(SessionVersion, person.SessionVersion.ToString(CultureInfo.InvariantCulture)),
                new Claim(DisplayName, person.DisplayName),
            ]);
    }

    public static ClaimsPrincipal ForDemo(SecurityOptions.UserOptions user, int index)
    {
        ArgumentNullException.ThrowIfNull(user);
        return CallerClaims.Principal(
            user.Name, user.Role!.Value, user.Organisation, user.Schools, PeopleAuthentication.CookieScheme,
            [new Claim(Demo, index.ToString(CultureInfo.InvariantCulture)), new Claim(DisplayName, user.Name)]);
    }
}
