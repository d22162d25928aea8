using System.Buffers.Binary;

namespace Thuiszitters.Gateway.Reconciliation.Reading;

/// <summary>
/// The elements of a one-dimensional array in PostgreSQL's binary format (dimensions, a has-nulls flag, the element
/// type, per dimension its length and lower bound, then per element a 32-bit length and the value), without nulls.
/// </summary>
internal ref struct ArrayElements
{
    private readonly ReadOnlySpan<byte> _array;
    private int _remaining;
    private int _at;

    public ArrayElements(ReadOnlySpan<byte> array)
    {
        _array = array;
        var dimensions = BinaryPrimitives.ReadInt32BigEndian(array);
        if (dimensions > 1)
        {
            throw new InvalidDataException("an array of more than one dimension");
        }

        _remaining = dimensions == 0 ? 0 : BinaryPrimitives.ReadInt32BigEndian(array[12..]);
        _at = dimensions == 0 ? 12 : 20;
    }

    public ReadOnlySpan<byte> Current { get; private set; }

    public readonly ArrayElements GetEnumerator() => this;

    public bool MoveNext()
    {
        if (_remaining == 0)
        {
            return false;
        }

        var length = BinaryPrimitives.ReadInt32BigEndian(_array[_at..]);
        if (length < 0)
        {
            throw new InvalidDataException("a null array element");
        }

        Current = _array.Slice(_at + 4, length);
        _at += 4 + length;
        _remaining--;
        return true;
    }
}
