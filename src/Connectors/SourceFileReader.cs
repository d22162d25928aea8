using Thuiszitters.Connectors.Text;

namespace Thuiszitters.Connectors;

/// <summary>
/// Base of the file readers: yields items one at a time and turns a contract breach into a final
/// <see cref="FileRejected"/> (nothing is yielded after it).
/// </summary>
internal abstract class SourceFileReader : IDisposable
{
    protected SourceFileReader(string fileName)
    {
        FileName = fileName;
    }

    public string FileName { get; }

    public static IEnumerable<SourceRecord> Run(Func<SourceFileReader> create)
    {
        using var reader = create();
        while (reader.Next() is { } item)
        {
            yield return item;
            if (item is FileRejected)
            {
                yield break;
            }
        }
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>The next header, fact or quarantined record; null at the end of a good file.</summary>
    protected abstract SourceRecord? ReadNext();

    protected abstract void Dispose(bool disposing);

    protected FileRejected Reject(long line, string? field, string reason) => new(FileName, field, reason) { Line = line };

    private SourceRecord? Next()
    {
        try
        {
            return ReadNext();
        }
        catch (ContractViolationException e)
        {
            return Reject(e.Line, e.Field, e.Reason);
        }
    }
}
