using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Thuiszitters.Gateway.Tests.Feed;

/// <summary>
/// A receiver's check of a Standard Webhooks message, written from the specification and not from the gateway's code:
/// the three headers present, the timestamp within five minutes of the receiver's clock, and one of the space-separated
/// <c>v1,</c> signatures equal (in constant time) to the HMAC-SHA256 of <c>id.timestamp.body</c> under the decoded secret.
/// </summary>
internal static class StandardWebhookVerifier
{
    public static bool Verify(string secret, string? id, string? timestamp, string? signatures, string body, DateTimeOffset now)
    {
        if (id is null || timestamp is null || signatures is null || !secret.StartsWith("whsec_", StringComparison.Ordinal))
        {
            return false;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs(now.ToUnixTimeSeconds() - seconds) > 300)
        {
            return false;
        }

        using var hmac = new HMACSHA256(Convert.FromBase64String(secret["whsec_".Length..]));
        var expected = hmac.ComputeHash(Encoding.UTF8.GetBytes(id + "." + timestamp + "." + body));
        foreach (var signature in signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var comma = signature.IndexOf(',', StringComparison.Ordinal);
            if (comma > 0 && signature[..comma] == "v1")
            {
                var presented = new byte[64];
                if (Convert.TryFromBase64String(signature[(comma + 1)..], presented, out var length)
                    && CryptographicOperations.FixedTimeEquals(presented.AsSpan(0, length), expected))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
