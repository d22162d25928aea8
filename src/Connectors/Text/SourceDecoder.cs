using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Thuiszitters.Connectors.Text;

/// <summary>
/// Streams bytes to chars, deciding the encoding as it goes: strict UTF-8 until a byte sequence is not UTF-8. When all
/// text before it was ASCII (which reads the same in both), it switches to Windows-1252 without re-reading anything;
/// after real UTF-8 text an invalid sequence means a mixed or damaged file.
/// </summary>
internal sealed class SourceDecoder : IDisposable
{
    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return System.Text.Encoding.GetEncoding(1252);
    });

    private readonly Stream stream;
    private readonly EncodingPolicy policy;
    private byte[] bytes;
    private int byteStart;
    private int byteEnd;
    private long bytesBefore;
    private bool streamEnded;
    private bool started;

    public SourceDecoder(Stream stream, EncodingPolicy policy, int bufferSize = 64 * 1024)
    {
        this.stream = stream;
        this.policy = policy;
        bytes = ArrayPool<byte>.Shared.Rent(bufferSize);
    }

    public DetectedEncoding Encoding { get; private set; }

    /// <summary>Decodes into <paramref name="destination"/> (at least 2 chars); 0 means the end of the stream.</summary>
    public int Read(Span<char> destination)
    {
        while (true)
        {
            if (byteEnd - byteStart < 4 && !streamEnded)
            {
                Fill();
                continue;
            }

            if (!started)
            {
                DetectBom();
                continue;
            }

            var source = bytes.AsSpan(byteStart, byteEnd - byteStart);
            if (source.IsEmpty)
            {
                return 0;
            }

            if (Encoding == DetectedEncoding.Windows1252)
            {
                var n = Math.Min(source.Length, destination.Length);
                Windows1252.Value.GetChars(source[..n], destination);
                byteStart += n;
                return n;
            }

            var status = Utf8.ToUtf16(source, destination, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: streamEnded);
            if (read != written && Encoding == DetectedEncoding.Ascii)
            {
                Encoding = DetectedEncoding.Utf8;
            }

            byteStart += read;
            if (written > 0)
            {
                return written;
            }

            if (status == OperationStatus.InvalidData)
            {
                if (Encoding == DetectedEncoding.Ascii && policy == EncodingPolicy.Utf8OrWindows1252)
                {
                    Encoding = DetectedEncoding.Windows1252;
                    continue;
                }

                throw new ContractViolationException(Encoding == DetectedEncoding.Utf8 && policy == EncodingPolicy.Utf8OrWindows1252
                    ? $"mixed encoding: invalid UTF-8 at byte {bytesBefore + byteStart} after UTF-8 text"
                    : $"invalid UTF-8 at byte {bytesBefore + byteStart}");
            }

            if (status == OperationStatus.NeedMoreData && !streamEnded)
            {
                Fill();
            }
        }
    }

    public void Dispose()
    {
        if (bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(bytes);
            bytes = [];
        }
    }

    private void DetectBom()
    {
        started = true;
        var head = bytes.AsSpan(byteStart, byteEnd - byteStart);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            byteStart += 3;
            Encoding = DetectedEncoding.Utf8;
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw new ContractViolationException("UTF-16 text is not accepted");
        }
    }

    private void Fill()
    {
        if (byteStart > 0)
        {
            var left = byteEnd - byteStart;
            bytes.AsSpan(byteStart, left).CopyTo(bytes);
            bytesBefore += byteStart;
            byteStart = 0;
            byteEnd = left;
        }

        var n = stream.Read(bytes, byteEnd, bytes.Length - byteEnd);
        if (n == 0)
        {
            streamEnded = true;
        }

        byteEnd += n;
    }
}
