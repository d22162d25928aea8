using System.Buffers;

namespace Thuiszitters.Connectors.Text;

/// <summary>
/// A pooled window of decoded text over a stream: <c>Chars[0..End)</c> holds what is read and not yet consumed.
/// It grows only for a record longer than the window, up to a limit, so memory stays flat whatever the file size.
/// </summary>
internal sealed class TextWindow : IDisposable
{
    private const int MinFree = 4096;
    private readonly SourceDecoder decoder;
    private readonly int maxChars;

    public TextWindow(Stream stream, EncodingPolicy policy, int maxChars)
    {
        decoder = new SourceDecoder(stream, policy);
        this.maxChars = maxChars;
        Chars = ArrayPool<char>.Shared.Rent(64 * 1024);
    }

    public char[] Chars { get; private set; }

    public int End { get; private set; }

    /// <summary>True once the stream is exhausted: <c>Chars[0..End)</c> is all that is left.</summary>
    public bool Eof { get; private set; }

    public DetectedEncoding Encoding => decoder.Encoding;

    /// <summary>
    /// Drops the text before <paramref name="keepFrom"/> (moving the rest to the front, so it then starts at 0) and reads
    /// more. <paramref name="line"/> is where the unfinished record starts, for errors.
    /// </summary>
    public void Refill(int keepFrom, long line)
    {
        if (keepFrom > 0)
        {
            var length = End - keepFrom;
            Chars.AsSpan(keepFrom, length).CopyTo(Chars);
            End = length;
        }

        if (Chars.Length - End < MinFree)
        {
            if (Chars.Length >= maxChars)
            {
                throw new ContractViolationException(line, null, $"record longer than {maxChars} characters");
            }

            var bigger = ArrayPool<char>.Shared.Rent(Chars.Length * 2);
            Chars.AsSpan(0, End).CopyTo(bigger);
            ArrayPool<char>.Shared.Return(Chars);
            Chars = bigger;
        }

        int n;
        try
        {
            n = decoder.Read(Chars.AsSpan(End));
        }
        catch (ContractViolationException e)
        {
            throw e.AtLine(line);
        }

        Eof = n == 0;
        End += n;
    }

    public void Dispose()
    {
        decoder.Dispose();
        if (Chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(Chars);
            Chars = [];
        }
    }
}
