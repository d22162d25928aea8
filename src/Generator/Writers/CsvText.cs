using System.Globalization;

namespace Thuiszitters.Generator.Writers;

/// <summary>Writes ';'-separated rows with RFC 4180 quoting and the school export's date and number formats.</summary>
internal static class CsvText
{
    public static void Row(TextWriter writer, bool windows1252, params ReadOnlySpan<string> fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(';');
            }

            var field = windows1252 ? Cp1252Text.Fit(fields[i]) : fields[i];
            if (field.AsSpan().IndexOfAny(";\"\r\n") >= 0)
            {
                writer.Write('"');
                writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(field);
            }
        }

        writer.WriteLine();
    }

    /// <summary>dd-mm-yyyy.</summary>
    public static string Date(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is null ? "" : Date(date.Value);

    /// <summary>Tenths of an hour with the school's decimal separator: 60 is "6", 45 is "4,5" or "4.5".</summary>
    public static string Hours(int tenths, char separator) =>
        tenths % 10 == 0
            ? (tenths / 10).ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{tenths / 10}{separator}{tenths % 10}");

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Compact(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string Compact(DateOnly? date) => date is null ? "" : Compact(date.Value);
}
