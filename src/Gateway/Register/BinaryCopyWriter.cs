using System.Buffers.Binary;
using System.Text;
using Npgsql;

namespace Thuiszitters.Gateway.Register;

/// <summary>
/// Writes rows for <c>COPY ... FROM STDIN (FORMAT BINARY)</c> in PostgreSQL's binary format itself (a 16-bit field count
/// per row, then per field a 32-bit length, -1 for NULL, and the value in the type's send format) into a buffer that goes
/// to a raw COPY stream 64 KB at a time. A value costs a few stores into the buffer: Npgsql's own importer resolves a
/// converter and runs an asynchronous write per value, which made it the largest share of the ingest's CPU.
/// </summary>
/// <remarks>
/// The buffer is sent at row boundaries only (a row larger than the buffer grows it), so a row's field count can be
/// filled in when the row ends. <see cref="CompleteAsync"/> ends the COPY and reports the server's error, if any, as
/// Npgsql does (a <see cref="PostgresException"/>); disposing a writer that was not completed cancels the COPY.
/// </remarks>
internal sealed class BinaryCopyWriter : IAsyncDisposable
{
    private const int FlushAt = 1 << 16;

    private static ReadOnlySpan<byte> Header =>
        [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0, 0, 0, 0, 0, 0, 0, 0, 0];

    private readonly NpgsqlRawCopyStream stream;
    private byte[] buffer = new byte[FlushAt + (FlushAt / 4)];
    private int position;
    private int rowStart = -1;
    private short fields;
    private bool completed;

    private BinaryCopyWriter(NpgsqlRawCopyStream stream)
    {
        this.stream = stream;
        Header.CopyTo(buffer);
        position = Header.Length;
    }

    /// <summary>Rows written so far.</summary>
    public long Rows { get; private set; }

    /// <summary>Starts <paramref name="copyCommand"/> (a <c>COPY ... FROM STDIN (FORMAT BINARY)</c>) on <paramref name="connection"/>.</summary>
    public static async Task<BinaryCopyWriter> BeginAsync(NpgsqlConnection connection, string copyCommand, CancellationToken cancellationToken) =>
        new(await connection.BeginRawBinaryCopyAsync(copyCommand, cancellationToken));

    /// <summary>Starts a row (ending the one before, if any).</summary>
    public void StartRow()
    {
        EndRow();
        Ensure(2);
        rowStart = position;
        position += 2;
        fields = 0;
    }

    /// <summary>Sends the rows written so far once they fill the buffer; call it between rows.</summary>
    public ValueTask FlushIfFullAsync(CancellationToken cancellationToken)
    {
        EndRow();
        return position >= FlushAt ? FlushAsync(cancellationToken) : ValueTask.CompletedTask;
    }

    public void WriteNull()
    {
        Ensure(4);
        BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(position), -1);
        position += 4;
        fields++;
    }

    public void WriteText(string? value)
    {
        if (value is null)
        {
            WriteNull();
        }
        else
        {
            WriteText(value.AsSpan());
        }
    }

    public void WriteText(ReadOnlySpan<char> value)
    {
        Ensure(4 + Encoding.UTF8.GetMaxByteCount(value.Length));
        var length = Encoding.UTF8.GetBytes(value, buffer.AsSpan(position + 4));
        BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(position), length);
        position += 4 + length;
        fields++;
    }

    public void WriteInt16(short value)
    {
        Field(2);
        BinaryPrimitives.WriteInt16BigEndian(buffer.AsSpan(position), value);
        position += 2;
    }

    public void WriteInt32(int? value)
    {
        if (value is not { } number)
        {
            WriteNull();
            return;
        }

        Field(4);
        BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(position), number);
        position += 4;
    }

    public void WriteInt64(long value)
    {
        Field(8);
        BinaryPrimitives.WriteInt64BigEndian(buffer.AsSpan(position), value);
        position += 8;
    }

    public void WriteBoolean(bool value)
    {
        Field(1);
        buffer[position++] = value ? (byte)1 : (byte)0;
    }

    public void WriteDate(DateOnly? value)
    {
        if (value is not { } date)
        {
            WriteNull();
            return;
        }

        Field(4);
        BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(position), PgDate.ToDays(date));
        position += 4;
    }

    public void WriteNumeric(decimal value)
    {
        Ensure(4 + PgNumeric.MaxLength);
        var length = PgNumeric.Write(value, buffer.AsSpan(position + 4));
        BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(position), length);
        position += 4 + length;
        fields++;
    }

    public void WriteDateArray(IReadOnlyList<DateOnly> values)
    {
        var at = StartArray(values.Count, PgTypeOids.Date, 8);
        foreach (var date in values)
        {
            BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(at), 4);
            BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(at + 4), PgDate.ToDays(date));
            at += 8;
        }

        position = at;
    }

    public void WriteInt16Array(IReadOnlyList<short> values)
    {
        var at = StartArray(values.Count, PgTypeOids.Int16, 6);
        foreach (var value in values)
        {
            BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(at), 2);
            BinaryPrimitives.WriteInt16BigEndian(buffer.AsSpan(at + 4), value);
            at += 6;
        }

        position = at;
    }

    public void WriteNumericArray(IReadOnlyList<decimal> values)
    {
        var at = StartArray(values.Count, PgTypeOids.Numeric, 4 + PgNumeric.MaxLength);
        foreach (var value in values)
        {
            var length = PgNumeric.Write(value, buffer.AsSpan(at + 4));
            BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(at), length);
            at += 4 + length;
        }

        FinishArray(at);
    }

    public void WriteTextArray(IReadOnlyList<string> values)
    {
        var bytes = 0;
        foreach (var value in values)
        {
            bytes += 4 + Encoding.UTF8.GetMaxByteCount(value.Length);
        }

        var at = StartArray(values.Count, PgTypeOids.Text, 0, bytes);
        foreach (var value in values)
        {
            var length = Encoding.UTF8.GetBytes(value, buffer.AsSpan(at + 4));
            BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(at), length);
            at += 4 + length;
        }

        FinishArray(at);
    }

    /// <summary>Writes the trailer, sends what is left and ends the COPY; throws the server's error if it refused a row.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        EndRow();
        Ensure(2);
        BinaryPrimitives.WriteInt16BigEndian(buffer.AsSpan(position), -1);
        position += 2;
        await FlushAsync(cancellationToken);
        completed = true;
        await stream.DisposeAsync();
    }

    /// <summary>Cancels the COPY unless it was completed (the caller rolls its transaction back).</summary>
    public async ValueTask DisposeAsync()
    {
        if (completed)
        {
            return;
        }

        completed = true;
        try
        {
            await stream.CancelAsync();
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or IOException)
        {
            // Cancelling a COPY reports the cancellation as an error; the transaction is rolled back anyway.
        }

        await stream.DisposeAsync();
    }

    private async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        await stream.WriteAsync(buffer.AsMemory(0, position), cancellationToken);
        position = 0;
    }

    private void EndRow()
    {
        if (rowStart < 0)
        {
            return;
        }

        BinaryPrimitives.WriteInt16BigEndian(buffer.AsSpan(rowStart), fields);
        rowStart = -1;
        Rows++;
    }

    /// <summary>A fixed-width field's length; the value follows at <see cref="position"/>.</summary>
    private void Field(int length)
    {
        Ensure(4 + length);
        BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(position), length);
        position += 4;
        fields++;
    }

    /// <summary>Writes a one-dimensional array's header (its length filled in by <see cref="FinishArray"/>); returns where the elements go.</summary>
    private int StartArray(int count, uint elementOid, int perElement, int elementBytes = -1)
    {
        const int headerLength = 20;
        Ensure(4 + headerLength + (elementBytes >= 0 ? elementBytes : count * perElement));
        var span = buffer.AsSpan(position + 4);
        BinaryPrimitives.WriteInt32BigEndian(span, count == 0 ? 0 : 1);
        BinaryPrimitives.WriteInt32BigEndian(span[4..], 0);
        BinaryPrimitives.WriteUInt32BigEndian(span[8..], elementOid);
        BinaryPrimitives.WriteInt32BigEndian(span[12..], count);
        BinaryPrimitives.WriteInt32BigEndian(span[16..], 1);
        var at = position + 4 + (count == 0 ? 12 : headerLength);
        fields++;
        if (elementBytes < 0)
        {
            // Fixed-width elements: the array's length is known now.
            BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(position), at - position - 4 + (count * perElement));
        }

        return at;
    }

    private void FinishArray(int end)
    {
        BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(position), end - position - 4);
        position = end;
    }

    private void Ensure(int bytes)
    {
        if (position + bytes > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, position + bytes));
        }
    }
}
