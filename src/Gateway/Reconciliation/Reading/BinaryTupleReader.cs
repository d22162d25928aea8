using System.Buffers.Binary;
using System.Text;
using Thuiszitters.Gateway.Register;

namespace Thuiszitters.Gateway.Reconciliation.Reading;

/// <summary>
/// Reads tuples in PostgreSQL's binary COPY format (a 16-bit field count, then per field a 32-bit length, -1 for NULL,
/// and the value in the type's binary send format) from a stream: the output of <c>COPY ... TO STDOUT (FORMAT BINARY)</c>,
/// or a spill file holding such tuples verbatim. A tuple's fields stay in the buffer until the next read, so a row is
/// decoded without allocating anything but the values kept.
/// </summary>
/// <remarks>
/// Reads are synchronous: COPY output comes one row per message and Npgsql's raw copy stream hands out one message per
/// read, so an asynchronous read per row cost an allocation per row (about 1 GB for a national register). The reads
/// run only inside the load's own loops; <paramref name="cancellationToken"/> is checked before each.
/// </remarks>
internal sealed class BinaryTupleReader(Stream stream, CancellationToken cancellationToken)
{
    private static ReadOnlySpan<byte> Signature => [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0];

    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _tupleEnd;
    private int _end;
    private int[] _offsets = new int[24];
    private int[] _lengths = new int[24];
    private char[] _chars = new char[128];

    /// <summary>A reader of tuples already in memory, one at a time through <see cref="ReadAt"/> (no stream).</summary>
    public BinaryTupleReader(byte[] tuples, int length)
        : this(Stream.Null, CancellationToken.None)
    {
        _buffer = tuples;
        _end = length;
    }

    public int FieldCount { get; private set; }

    /// <summary>Where the current tuple ends (the next one starts).</summary>
    public int TupleEnd => _tupleEnd;

    /// <summary>The bytes of the current tuple, field count included, as a spill file holds it.</summary>
    public ReadOnlySpan<byte> Tuple => _buffer.AsSpan(_start, _tupleEnd - _start);

    /// <summary>Skips the header that COPY output starts with (signature, flags, header extension).</summary>
    public void ReadHeader()
    {
        const int fixedLength = 19;
        Ensure(fixedLength);
        if (!_buffer.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            throw new InvalidDataException("not PostgreSQL binary COPY output");
        }

        var extension = BinaryPrimitives.ReadInt32BigEndian(_buffer.AsSpan(15));
        Ensure(fixedLength + extension);
        _start = _tupleEnd = fixedLength + extension;
    }

    /// <summary>Moves to the next tuple; false at the trailer or at the end of the stream.</summary>
    public bool Read()
    {
        _start = _tupleEnd;
        while (true)
        {
            var parsed = TryParse();
            if (parsed != 0)
            {
                return parsed > 0;
            }

            if (!Fill())
            {
                return _start == _end ? false : throw new EndOfStreamException("truncated binary tuple");
            }
        }
    }

    /// <summary>Moves to the tuple that starts at <paramref name="offset"/> of the memory it reads (it must be whole there).</summary>
    public void ReadAt(int offset)
    {
        _start = offset;
        if (TryParse() <= 0)
        {
            throw new InvalidDataException("no whole binary tuple at this offset");
        }
    }

    public bool IsNull(int ordinal) => _offsets[ordinal] < 0;

    public ReadOnlySpan<byte> Bytes(int ordinal) => _buffer.AsSpan(_offsets[ordinal], _lengths[ordinal]);

    public int Int32(int ordinal) => BinaryPrimitives.ReadInt32BigEndian(Bytes(ordinal));

    public long Int64(int ordinal) => BinaryPrimitives.ReadInt64BigEndian(Bytes(ordinal));

    public bool Boolean(int ordinal) => Bytes(ordinal)[0] != 0;

    public DateOnly Date(int ordinal) => PgDate.FromDays(Int32(ordinal));

    public string String(int ordinal) => Encoding.UTF8.GetString(Bytes(ordinal));

    /// <summary>A text field decoded into a buffer of the reader's, valid until the next call.</summary>
    public ReadOnlySpan<char> Chars(int ordinal)
    {
        var bytes = Bytes(ordinal);
        if (_chars.Length < bytes.Length)
        {
            _chars = new char[bytes.Length * 2];
        }

        return _chars.AsSpan(0, Encoding.UTF8.GetChars(bytes, _chars));
    }

    /// <summary>A numeric field (base-10000 digits) with the scale PostgreSQL gives it, as Npgsql reads it.</summary>
    public decimal Decimal(int ordinal) => PgNumeric.Read(Bytes(ordinal));

    /// <inheritdoc cref="IFactRow.Dates"/>
    public void Dates(int ordinal, List<DateOnly> into)
    {
        into.Clear();
        foreach (var element in new ArrayElements(Bytes(ordinal)))
        {
            into.Add(PgDate.FromDays(BinaryPrimitives.ReadInt32BigEndian(element)));
        }
    }

    /// <inheritdoc cref="IFactRow.Decimals"/>
    public void Decimals(int ordinal, List<decimal> into)
    {
        into.Clear();
        foreach (var element in new ArrayElements(Bytes(ordinal)))
        {
            into.Add(PgNumeric.Read(element));
        }
    }

    /// <inheritdoc cref="IFactRow.Int16s"/>
    public void Int16s(int ordinal, List<short> into)
    {
        into.Clear();
        foreach (var element in new ArrayElements(Bytes(ordinal)))
        {
            into.Add(BinaryPrimitives.ReadInt16BigEndian(element));
        }
    }

    /// <returns>1 when a whole tuple is in the buffer, -1 at the trailer, 0 when more bytes are needed.</returns>
    private int TryParse()
    {
        var span = _buffer.AsSpan(_start, _end - _start);
        if (span.Length < 2)
        {
            return 0;
        }

        var count = BinaryPrimitives.ReadInt16BigEndian(span);
        if (count < 0)
        {
            _tupleEnd = _start + 2;
            return -1;
        }

        if (_offsets.Length < count)
        {
            _offsets = new int[count];
            _lengths = new int[count];
        }

        var at = 2;
        for (var i = 0; i < count; i++)
        {
            if (span.Length < at + 4)
            {
                return 0;
            }

            var length = BinaryPrimitives.ReadInt32BigEndian(span[at..]);
            at += 4;
            if (length < 0)
            {
                _offsets[i] = -1;
                _lengths[i] = 0;
                continue;
            }

            if (span.Length < at + length)
            {
                return 0;
            }

            _offsets[i] = _start + at;
            _lengths[i] = length;
            at += length;
        }

        FieldCount = count;
        _tupleEnd = _start + at;
        return 1;
    }

    /// <summary>Keeps the unread bytes, moved to the buffer's start (which grows for a tuple larger than it), and reads more.</summary>
    private bool Fill()
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _tupleEnd -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = stream.Read(_buffer.AsSpan(_end));
        _end += read;
        return read > 0;
    }

    private void Ensure(int length)
    {
        while (_end - _start < length)
        {
            if (!Fill())
            {
                throw new EndOfStreamException("truncated binary COPY header");
            }
        }
    }
}
