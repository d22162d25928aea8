using System.Globalization;

namespace Thuiszitters.Generator.Rules;

/// <summary>
/// BSN and onderwijsnummer arithmetic (DOMAIN.md, Identifiers). Numbers are derived from the pupil
/// index so that pgn order equals index order, which lets the ground truth be written sorted
/// without holding every pupil in memory.
/// </summary>
internal static class Identifiers
{
    /// <summary>Onderwijsnummers are handed out per slot of this many consecutive pupil indices.</summary>
    public const int OnderwijsnummerSlot = 8;

    /// <summary>The one index residue (mod <see cref="OnderwijsnummerSlot"/>) that may use an onderwijsnummer.</summary>
    public const int OnderwijsnummerResidue = 3;

    public static bool IsValidBsn(string number) =>
        number.Length is > 0 and <= 9 && number.All(char.IsAsciiDigit) && number.Any(c => c != '0')
        && WeightedSum(number.PadLeft(9, '0')) % 11 == 0;

    public static bool IsValidOnderwijsnummer(string number) =>
        number.Length == 9 && number.StartsWith("10", StringComparison.Ordinal) && number.All(char.IsAsciiDigit)
        && Mod11(WeightedSum(number)) == 5;

    /// <summary>A valid BSN for pupil index <paramref name="index"/>, strictly increasing in the index.</summary>
    public static string BsnFor(int seed, int index)
    {
        var baseNumber = 10_000_000L * (2 + Math.Abs(seed % 6));
        return WithCheckDigit(baseNumber + (2L * index), 0);
    }

    /// <summary>A valid onderwijsnummer for the slot of <paramref name="index"/>, increasing in the slot.</summary>
    public static string OnderwijsnummerFor(int index) =>
        WithCheckDigit(10_000_000L + (2L * (index / OnderwijsnummerSlot)), 5);

    /// <summary>A nine-digit number that fails both the BSN elfproef and the onderwijsnummer check.</summary>
    public static string Invalidate(string validNumber)
    {
        var prefix = validNumber[..8];
        for (var d = 0; d <= 9; d++)
        {
            var candidate = prefix + d.ToString(CultureInfo.InvariantCulture);
            if (candidate != validNumber && !IsValidBsn(candidate) && !IsValidOnderwijsnummer(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("No invalid check digit found for a generated number.");
    }

    private static string WithCheckDigit(long prefix8, int remainder)
    {
        // prefix8 is even, so prefix8 + 1 only changes the last digit: its weight 2 moves the sum by 2,
        // which turns an impossible check digit (10) into 1.
        foreach (var candidatePrefix in new[] { prefix8, prefix8 + 1 })
        {
            var text = candidatePrefix.ToString("D8", CultureInfo.InvariantCulture);
            var check = Mod11(WeightedSum(text + "0") - remainder);
            if (check <= 9)
            {
                return text + check.ToString(CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException("No check digit for a generated number.");
    }

    private static int WeightedSum(string nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (nineDigits[i] - '0');
        }

        return sum - (nineDigits[8] - '0');
    }

    private static int Mod11(int value) => ((value % 11) + 11) % 11;
}
