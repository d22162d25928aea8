using System.Buffers.Binary;

namespace Thuiszitters.Gateway.Register;

/// <summary>
/// A <see cref="decimal"/> in PostgreSQL's binary <c>numeric</c> format: the number of base-10000 digits, the weight of
/// the first (its power of 10000), the sign, the display scale, then the digits, most significant first. The fraction is
/// padded to whole digits of four decimals; zero digits at either end are left out, as PostgreSQL does. The ingest
/// writes it, the reconciliation reads it back from COPY output.
/// </summary>
internal static class PgNumeric
{
    /// <summary>The most bytes a decimal takes: the header and 29 decimal digits in up to 9 base-10000 digits, aligned.</summary>
    public const int MaxLength = 8 + (2 * 10);

    private const ushort Positive = 0x0000;
    private const ushort Negative = 0x4000;

    /// <summary>Writes <paramref name="value"/> at the start of <paramref name="destination"/>; returns the bytes written.</summary>
    public static int Write(decimal value, Span<byte> destination)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        var unscaled = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        for (var pad = (4 - (scale % 4)) % 4; pad > 0; pad--)
        {
            unscaled *= 10;
        }

        var fractionDigits = (scale + 3) / 4;
        Span<short> digits = stackalloc short[10];
        var count = 0;
        while (unscaled != 0)
        {
            digits[count++] = (short)(ushort)(unscaled % 10_000);
            unscaled /= 10_000;
        }

        var lowest = 0;
        while (lowest < count && digits[lowest] == 0)
        {
            lowest++;
        }

        var written = count - lowest;
        BinaryPrimitives.WriteInt16BigEndian(destination, (short)written);
        BinaryPrimitives.WriteInt16BigEndian(destination[2..], (short)(written == 0 ? 0 : count - fractionDigits - 1));
        BinaryPrimitives.WriteUInt16BigEndian(destination[4..], written != 0 && bits[3] < 0 ? Negative : Positive);
        BinaryPrimitives.WriteUInt16BigEndian(destination[6..], (ushort)scale);
        for (var i = 0; i < written; i++)
        {
            BinaryPrimitives.WriteInt16BigEndian(destination[(8 + (2 * i))..], digits[count - 1 - i]);
        }

        return 8 + (2 * written);
    }

    /// <summary>Reads a value PostgreSQL sent (or <see cref="Write"/> wrote) with the scale it gives, as Npgsql reads it.</summary>
    /// <exception cref="InvalidCastException">NaN, an infinity, or a scale beyond a decimal's.</exception>
    public static decimal Read(ReadOnlySpan<byte> bytes)
    {
        var digits = BinaryPrimitives.ReadInt16BigEndian(bytes);
        var weight = BinaryPrimitives.ReadInt16BigEndian(bytes[2..]);
        var sign = BinaryPrimitives.ReadUInt16BigEndian(bytes[4..]);
        var scale = BinaryPrimitives.ReadUInt16BigEndian(bytes[6..]);
        if (sign is not (Positive or Negative) || scale > 28)
        {
            throw new InvalidCastException("numeric value out of the range of decimal");
        }

        var unscaled = 0m;
        for (var i = 0; i < digits; i++)
        {
            unscaled = (unscaled * 10_000) + BinaryPrimitives.ReadInt16BigEndian(bytes[(8 + (2 * i))..]);
        }

        if (unscaled != 0)
        {
            var shift = scale - (4 * (digits - 1 - weight));
            for (; shift > 0; shift--)
            {
                unscaled *= 10;
            }

            for (; shift < 0; shift++)
            {
                unscaled /= 10;
            }
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(decimal.Truncate(unscaled), bits);
        return new decimal(bits[0], bits[1], bits[2], sign == Negative, (byte)scale);
    }
}
