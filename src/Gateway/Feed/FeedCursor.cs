using System.Globalization;
using System.Text;

namespace Thuiszitters.Gateway.Feed;

/// <summary>
/// The opaque cursor of a gemeente's feed: the position after an event (its sequence), bound to the gemeente. It never
/// expires: sequences are never reused, and compaction keeps the latest event per pupil, so reading on from any cursor
/// ends in the current state.
/// </summary>
internal static class FeedCursor
{
    private const string Version = "f1";

    public static string Encode(string gemeente, long afterSequence) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Version}:{gemeente}:{afterSequence}")))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <returns>Whether <paramref name="cursor"/> is a cursor of this gemeente's feed.</returns>
    public static bool TryDecode(string cursor, string gemeente, out long afterSequence)
    {
        afterSequence = 0;
        if (cursor.Length is 0 or > 64)
        {
            return false;
        }

        var base64 = cursor.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        var bytes = new byte[48];
        if (!Convert.TryFromBase64String(base64, bytes, out var length))
        {
            return false;
        }

        var parts = Encoding.ASCII.GetString(bytes, 0, length).Split(':');
        return parts.Length == 3 && parts[0] == Version && parts[1] == gemeente
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out afterSequence);
    }
}
