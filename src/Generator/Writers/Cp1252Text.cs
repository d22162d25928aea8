using System.Globalization;
using System.Text;

namespace Thuiszitters.Generator.Writers;

/// <summary>
/// Windows-1252 output. A legacy export cannot hold every name (ı, ş, ễ, ć are not in the code page):
/// like the real systems it drops the diacritic of such a letter, and keeps every letter the code page
/// does have (ü, é, ç, ë stay as they are).
/// </summary>
internal static class Cp1252Text
{
    private const string Extras = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

    private static readonly Lazy<Encoding> Strict = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>Windows-1252 that throws on a character it cannot hold, so a missed one cannot become '?'.</summary>
    public static Encoding Encoding => Strict.Value;

    public static bool Fits(char c) => c < 0x80 || (c >= 0xA0 && c <= 0xFF) || Extras.Contains(c, StringComparison.Ordinal);

    private static bool FitsAll(string text)
    {
        foreach (var c in text)
        {
            if (!Fits(c))
            {
                return false;
            }
        }

        return true;
    }

    public static string Fit(string text)
    {
        if (FitsAll(text))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Fits(c))
            {
                result.Append(c);
                continue;
            }

            var replacement = c switch
            {
                'ı' => "i",
                'İ' => "I",
                'đ' => "d",
                'Đ' => "D",
                'ł' => "l",
                'Ł' => "L",
                _ => string.Concat(c.ToString().Normalize(NormalizationForm.FormD)
                    .Where(d => CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark && Fits(d))),
            };
            result.Append(replacement.Length > 0 ? replacement : "?");
        }

        return result.ToString();
    }
}
