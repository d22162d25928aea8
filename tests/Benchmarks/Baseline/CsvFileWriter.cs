using System.Buffers;
using System.Globalization;
using System.Text;

namespace Thuiszitters.Benchmarks.Baseline;

/// <summary>
/// Writes rows for <c>COPY ... (FORMAT csv)</c>: comma-separated, an unquoted empty field is NULL, so an empty string
/// and any value holding a comma, quote or line break are quoted.
/// </summary>
internal sealed class CsvFileWriter : IDisposable
{
    private static readonly SearchValues<char> Special = SearchValues.Create(",\"\r\n");
    private readonly StreamWriter writer;

    public CsvFileWriter(string path)
    {
        writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
    }

    public long Rows { get; private set; }

    public void WriteRow(string owner, long deliveryId, long line, IReadOnlyList<string?> values)
    {
        Field(owner);
        writer.Write(',');
        writer.Write(deliveryId.ToString(CultureInfo.InvariantCulture));
        writer.Write(',');
        writer.Write(line.ToString(CultureInfo.InvariantCulture));
        foreach (var value in values)
        {
            writer.Write(',');
            Field(value);
        }

        writer.WriteLine();
        Rows++;
    }

    public void Dispose() => writer.Dispose();

    private void Field(string? value)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length > 0 && !value.AsSpan().ContainsAny(Special))
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
