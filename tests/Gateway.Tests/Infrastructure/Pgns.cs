using System.Globalization;

namespace Thuiszitters.Gateway.Tests.Infrastructure;

/// <summary>Valid (and deliberately invalid) BSNs and onderwijsnummers for test data, deterministic per index.</summary>
public static class Pgns
{
    private const int Stride = 16;

    /// <summary>The <paramref name="index"/>-th valid BSN (index 0 up to a few million), all distinct.</summary>
    public static string Bsn(int index) => Nth(20_000_000, index, remainder: 0);

    /// <summary>The <paramref name="index"/>-th valid onderwijsnummer (starts with 10; index below 60,000).</summary>
    public static string Onderwijsnummer(int index) => Nth(10_000_000, index, remainder: 5);

    /// <summary>Nine digits that fail the elfproef.</summary>
    public static string InvalidBsn(int index)
    {
        var valid = Bsn(index);
        var last = (valid[8] - '0' + 1) % 10;
        return valid[..8] + last.ToString(CultureInfo.InvariantCulture);
    }

    private static string Nth(int start, int index, int remainder)
    {
        // Each index owns its own run of prefixes, so numbers never repeat; about 10 in 11 prefixes have a check digit.
        for (var prefix = start + (index * Stride); ; prefix++)
        {
            if (CheckDigit(prefix, remainder) is { } digit)
            {
                return prefix.ToString("D8", CultureInfo.InvariantCulture) + digit.ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    private static int? CheckDigit(int prefix, int remainder)
    {
        var sum = 0;
        var rest = prefix;
        for (var weight = 2; weight <= 9; weight++)
        {
            sum += weight * (rest % 10);
            rest /= 10;
        }

        for (var d = 0; d <= 9; d++)
        {
            if ((((sum - d) % 11) + 11) % 11 == remainder)
            {
                return d;
            }
        }

        return null;
    }
}
