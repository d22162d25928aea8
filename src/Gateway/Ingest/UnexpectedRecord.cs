using System.Globalization;
using Thuiszitters.Connectors;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>A reader yielded a record that does not belong in its file: a fault in the reader, not in the file.</summary>
internal static class UnexpectedRecord
{
    public static InvalidOperationException For(SourceRecord record, string delivery) =>
        new(string.Create(CultureInfo.InvariantCulture, $"A {record.GetType().Name} at line {record.Line} does not belong in a {delivery} delivery."));
}
