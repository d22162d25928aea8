using Npgsql;
using NpgsqlTypes;
using Thuiszitters.Connectors;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>Typed column writes for binary COPY, with null for absent values.</summary>
internal static class BinaryImporterExtensions
{
    public static void WriteText(this NpgsqlBinaryImporter importer, string? value)
    {
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value, NpgsqlDbType.Text);
        }
    }

    public static void WriteText(this NpgsqlBinaryImporter importer, Pgn? value) => importer.WriteText(value?.Value);

    public static void WriteText(this NpgsqlBinaryImporter importer, char value) => importer.Write(value.ToString(), NpgsqlDbType.Text);

    public static void WriteDate(this NpgsqlBinaryImporter importer, DateOnly? value)
    {
        if (value is { } date)
        {
            importer.Write(date, NpgsqlDbType.Date);
        }
        else
        {
            importer.WriteNull();
        }
    }

    public static void WriteInteger(this NpgsqlBinaryImporter importer, int? value)
    {
        if (value is { } number)
        {
            importer.Write(number, NpgsqlDbType.Integer);
        }
        else
        {
            importer.WriteNull();
        }
    }

    public static void WriteBigint(this NpgsqlBinaryImporter importer, long value) => importer.Write(value, NpgsqlDbType.Bigint);

    public static void WriteNumeric(this NpgsqlBinaryImporter importer, decimal value) => importer.Write(value, NpgsqlDbType.Numeric);

    public static void WriteBoolean(this NpgsqlBinaryImporter importer, bool value) => importer.Write(value, NpgsqlDbType.Boolean);

    /// <summary>Three columns: year, month, day; the unknown parts (or all three) as null.</summary>
    public static void WritePartialDate(this NpgsqlBinaryImporter importer, PartialDate? value)
    {
        importer.WriteInteger(value?.Year);
        importer.WriteInteger(value?.Month);
        importer.WriteInteger(value?.Day);
    }
}
