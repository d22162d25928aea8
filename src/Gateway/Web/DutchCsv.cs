using System.Text;

namespace Thuiszitters.Gateway.Web;

/// <summary>
/// CSV for Dutch officers' spreadsheets, one way for every export: <c>;</c> between fields, RFC 4180 quotes, CRLF,
/// UTF-8 with a BOM, and a cell that looks like a formula (<c>= + - @</c>, tab, CR) prefixed with <c>'</c>.
/// </summary>
internal static class DutchCsv
{
    public static void Line(StringBuilder text, IReadOnlyList<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fields);
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                text.Append(';');
            }

            text.Append(Field(fields[i] ?? string.Empty));
        }

        text.Append("\r\n");
    }

    public static byte[] Bytes(StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
