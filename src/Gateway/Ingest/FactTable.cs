using Npgsql;
using Thuiszitters.Connectors;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>
/// How one kind of source record lands in its register table: the owner column (school, recipient or gemeente),
/// <c>delivery_id</c> and <c>line</c>, then the record's own columns in <see cref="Columns"/> order.
/// </summary>
internal sealed class FactTable
{
    private readonly Action<NpgsqlBinaryImporter, SourceRecord> writeColumns;

    private FactTable(string name, string ownerColumn, IReadOnlyList<string> columns, Action<NpgsqlBinaryImporter, SourceRecord> writeColumns)
    {
        Name = name;
        OwnerColumn = ownerColumn;
        Columns = columns;
        AllColumns = [ownerColumn, "delivery_id", "line", .. columns];
        this.writeColumns = writeColumns;
    }

    public string Name { get; }

    public string OwnerColumn { get; }

    /// <summary>The record's own columns, in write order.</summary>
    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<string> AllColumns { get; }

    public string ColumnList => string.Join(", ", AllColumns);

    public static FactTable For<TRecord>(string name, string ownerColumn, IReadOnlyList<string> columns, Action<NpgsqlBinaryImporter, TRecord> write)
        where TRecord : SourceRecord =>
        new(name, ownerColumn, columns, (importer, record) => write(importer, (TRecord)record));

    /// <summary>The COPY statement into <paramref name="table"/> (this table, or a staging table shaped like it).</summary>
    public string CopyCommand(string table) => $"COPY {table} ({ColumnList}) FROM STDIN (FORMAT BINARY)";

    public void WriteRow(NpgsqlBinaryImporter importer, string owner, long deliveryId, SourceRecord record)
    {
        importer.StartRow();
        importer.WriteText(owner);
        importer.WriteBigint(deliveryId);
        importer.WriteBigint(record.Line);
        writeColumns(importer, record);
    }
}
