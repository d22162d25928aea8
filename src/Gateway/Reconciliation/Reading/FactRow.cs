using Npgsql;
using Thuiszitters.Connectors;

namespace Thuiszitters.Gateway.Reconciliation.Reading;

/// <summary>
/// One row of a fact query, whether it comes from a data reader or from binary tuples (COPY output or a spill file):
/// the facts are built by the same code for both.
/// </summary>
internal interface IFactRow
{
    bool IsNull(int ordinal);

    int Int32(int ordinal);

    long Int64(int ordinal);

    bool Boolean(int ordinal);

    decimal Decimal(int ordinal);

    DateOnly Date(int ordinal);

    string String(int ordinal);

    /// <summary>A text value, valid until the next call (no string for values that are looked up, not kept).</summary>
    ReadOnlySpan<char> Chars(int ordinal);

    /// <summary>The elements of a <c>date[]</c> without nulls, in order, into <paramref name="into"/> (cleared first).</summary>
    void Dates(int ordinal, List<DateOnly> into);

    /// <summary>The elements of a <c>numeric[]</c> without nulls, in order, into <paramref name="into"/> (cleared first).</summary>
    void Decimals(int ordinal, List<decimal> into);

    /// <summary>The elements of a <c>smallint[]</c> without nulls, in order, into <paramref name="into"/> (cleared first).</summary>
    void Int16s(int ordinal, List<short> into);
}

/// <summary>A data reader's current row.</summary>
internal readonly struct DataReaderRow(NpgsqlDataReader reader) : IFactRow
{
    public bool IsNull(int ordinal) => reader.IsDBNull(ordinal);

    public int Int32(int ordinal) => reader.GetInt32(ordinal);

    public long Int64(int ordinal) => reader.GetInt64(ordinal);

    public bool Boolean(int ordinal) => reader.GetBoolean(ordinal);

    public decimal Decimal(int ordinal) => reader.GetDecimal(ordinal);

    public DateOnly Date(int ordinal) => reader.GetFieldValue<DateOnly>(ordinal);

    public string String(int ordinal) => reader.GetString(ordinal);

    public ReadOnlySpan<char> Chars(int ordinal) => reader.GetString(ordinal);

    public void Dates(int ordinal, List<DateOnly> into) => Fill(reader.GetFieldValue<DateOnly[]>(ordinal), into);

    public void Decimals(int ordinal, List<decimal> into) => Fill(reader.GetFieldValue<decimal[]>(ordinal), into);

    public void Int16s(int ordinal, List<short> into) => Fill(reader.GetFieldValue<short[]>(ordinal), into);

    private static void Fill<T>(T[] values, List<T> into)
    {
        into.Clear();
        into.AddRange(values);
    }
}

/// <summary>A binary tuple reader's current tuple.</summary>
internal readonly struct TupleRow(BinaryTupleReader reader) : IFactRow
{
    public bool IsNull(int ordinal) => reader.IsNull(ordinal);

    public int Int32(int ordinal) => reader.Int32(ordinal);

    public long Int64(int ordinal) => reader.Int64(ordinal);

    public bool Boolean(int ordinal) => reader.Boolean(ordinal);

    public decimal Decimal(int ordinal) => reader.Decimal(ordinal);

    public DateOnly Date(int ordinal) => reader.Date(ordinal);

    public string String(int ordinal) => reader.String(ordinal);

    public ReadOnlySpan<char> Chars(int ordinal) => reader.Chars(ordinal);

    public void Dates(int ordinal, List<DateOnly> into) => reader.Dates(ordinal, into);

    public void Decimals(int ordinal, List<decimal> into) => reader.Decimals(ordinal, into);

    public void Int16s(int ordinal, List<short> into) => reader.Int16s(ordinal, into);
}

/// <summary>Nullable and pooled reads of register columns, for either kind of row.</summary>
internal static class FactRowExtensions
{
    /// <summary>The text, or null when NULL or empty.</summary>
    public static string? Str<TRow>(this TRow row, int ordinal)
        where TRow : IFactRow =>
        row.IsNull(ordinal) ? null : row.String(ordinal) is { Length: > 0 } s ? s : null;

    public static DateOnly? DateOrNull<TRow>(this TRow row, int ordinal)
        where TRow : IFactRow =>
        row.IsNull(ordinal) ? null : row.Date(ordinal);

    public static string Pooled<TRow>(this TRow row, int ordinal, StringPool pool)
        where TRow : IFactRow =>
        pool.Intern(row.Chars(ordinal));

    /// <summary>The pooled text, or null when NULL or empty.</summary>
    public static string? PooledOrNull<TRow>(this TRow row, int ordinal, StringPool pool)
        where TRow : IFactRow =>
        row.IsNull(ordinal) ? null : row.Chars(ordinal) is { Length: > 0 } s ? pool.Intern(s) : null;

    /// <summary>A birth date from three integer columns year, month, day (month and day may be null).</summary>
    public static PartialDate? Birth<TRow>(this TRow row, int yearOrdinal)
        where TRow : IFactRow =>
        row.IsNull(yearOrdinal)
            ? null
            : new PartialDate(
                row.Int32(yearOrdinal),
                row.IsNull(yearOrdinal + 1) ? null : row.Int32(yearOrdinal + 1),
                row.IsNull(yearOrdinal + 2) ? null : row.Int32(yearOrdinal + 2));
}
