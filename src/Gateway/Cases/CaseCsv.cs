using System.Globalization;
using System.Text;

namespace Thuiszitters.Gateway.Cases;

/// <summary>
/// The case pages' spreadsheets for Dutch offices: <c>;</c> between fields, RFC 4180 quotes, dates <c>dd-mm-jjjj</c>,
/// UTF-8 with BOM; a field that would start a formula gets a leading <c>'</c>.
/// </summary>
internal sealed class CaseCsv
{
    private readonly StringBuilder _text = new();

    public CaseCsv Line(params string?[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                _text.Append(';');
            }

            _text.Append(Field(fields[i] ?? string.Empty));
        }

        _text.Append("\r\n");
        return this;
    }

    public byte[] ToBytes()
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(_text.ToString())];
    }

    public static string? Date(DateOnly? date) => date?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
