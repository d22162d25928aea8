using System.Text;

namespace Thuiszitters.Generator.Writers;

/// <summary>Opens the generator's output files with the encoding and line ending of their flavour.</summary>
internal static class TextFiles
{
    private const int BufferSize = 1 << 14;

    public static StreamWriter Create(string path, CsvFlavour flavour)
    {
        var encoding = flavour switch
        {
            CsvFlavour.Utf8WithBom => new UTF8Encoding(true, true),
            CsvFlavour.Utf8WithoutBom => new UTF8Encoding(false, true),
            _ => Cp1252Text.Encoding,
        };

        // Older (Windows-1252 and BOM) exports end lines with CRLF, as RFC 4180 says; newer ones with LF.
        return Create(path, encoding, flavour == CsvFlavour.Utf8WithoutBom ? "\n" : "\r\n");
    }

    public static StreamWriter Create(string path, Encoding encoding, string newLine)
    {
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize);
        return new StreamWriter(stream, encoding, BufferSize) { NewLine = newLine };
    }
}
