using Thuiszitters.Connectors;
using Thuiszitters.Gateway.Register;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>Column writes of the connectors' value types, with null for absent values.</summary>
internal static class CopyWriterExtensions
{
    public static void WriteText(this BinaryCopyWriter writer, Pgn? value) => writer.WriteText(value?.Value);

    public static void WriteText(this BinaryCopyWriter writer, char value) => writer.WriteText([value]);

    /// <summary>Three columns: year, month, day; the unknown parts (or all three) as null.</summary>
    public static void WritePartialDate(this BinaryCopyWriter writer, PartialDate? value)
    {
        writer.WriteInt32(value?.Year);
        writer.WriteInt32(value?.Month);
        writer.WriteInt32(value?.Day);
    }
}
