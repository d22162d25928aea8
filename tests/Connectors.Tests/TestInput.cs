using System.Text;

namespace Thuiszitters.Connectors.Tests;

/// <summary>Runs <see cref="SourceReader"/> over in-memory text or the contract samples.</summary>
internal static class TestInput
{
    public static readonly Encoding Utf8NoBom = new UTF8Encoding(false);

    public static List<SourceRecord> Read(string fileName, string content) => Read(fileName, Utf8NoBom.GetBytes(content));

    public static List<SourceRecord> Read(string fileName, byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        return [.. SourceReader.Read(stream, fileName)];
    }

    public static string ContractPath(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "contracts", .. parts]);

    public static List<SourceRecord> ReadContract(params string[] parts) => [.. SourceReader.ReadFile(ContractPath(parts))];

    public static FileRejected Rejection(IReadOnlyList<SourceRecord> items)
    {
        var rejected = Assert.IsType<FileRejected>(items[^1]);
        Assert.Single(items.OfType<FileRejected>());
        return rejected;
    }

    public static List<T> Facts<T>(IReadOnlyList<SourceRecord> items) => [.. items.OfType<T>()];

    /// <summary>Joins lines with CRLF or LF, ending with a line end.</summary>
    public static string Lines(string newline, params string[] lines) => string.Join(newline, lines) + newline;
}
