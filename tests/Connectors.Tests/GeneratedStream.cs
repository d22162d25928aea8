namespace Thuiszitters.Connectors.Tests;

/// <summary>
/// A read-only stream that produces a large file on the fly: a head, then one row repeated, then a tail. Nothing is
/// kept in memory but the three byte arrays, so a 1 GB input costs no disk and no RAM.
/// </summary>
internal sealed class GeneratedStream(byte[] head, byte[] row, long rows, byte[] tail) : Stream
{
    private long position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => head.Length + (row.LongLength * rows) + tail.Length;

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && position < Length)
        {
            ReadOnlySpan<byte> source;
            if (position < head.Length)
            {
                source = head.AsSpan((int)position);
            }
            else if (position < head.Length + (row.LongLength * rows))
            {
                source = row.AsSpan((int)((position - head.Length) % row.Length));
            }
            else
            {
                source = tail.AsSpan((int)(position - head.Length - (row.LongLength * rows)));
            }

            var n = Math.Min(source.Length, buffer.Length - written);
            source[..n].CopyTo(buffer[written..]);
            written += n;
            position += n;
        }

        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
