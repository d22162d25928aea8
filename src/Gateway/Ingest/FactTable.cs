using Thuiszitters.Gateway.Register;
using Thuiszitters.Connectors;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>
/// How one kind of source record lands in its register table: the owner column (school, recipient or gemeente),
/// <c>delivery_id</c> and <c>line</c>, then the record's own columns in <see cref="Columns"/> order. A row is one record,
/// or for a table of runs (<see cref="Runs"/>) several consecutive records, with the line of the first.
/// </summary>
internal sealed class FactTable
{
    private readonly Action<BinaryCopyWriter, SourceRecord>? writeColumns;
    private readonly Func<IRecordRun>? newRun;

    private FactTable(FactTableSchema schema, Action<BinaryCopyWriter, SourceRecord>? writeColumns, Func<IRecordRun>? newRun)
    {
        Schema = schema;
        this.writeColumns = writeColumns;
        this.newRun = newRun;
    }

    /// <summary>The table's one declaration (name and columns), in <c>Register/Tables</c>.</summary>
    public FactTableSchema Schema { get; }

    public string Name => Schema.Name;

    public string OwnerColumn => Schema.OwnerColumn;

    /// <summary>The record's own columns, in write order.</summary>
    public IReadOnlyList<string> Columns => Schema.Columns;

    public IReadOnlyList<string> AllColumns => Schema.AllColumns;

    public string ColumnList => Schema.ColumnList;

    public static FactTable For<TRecord>(FactTableSchema schema, Action<BinaryCopyWriter, TRecord> write)
        where TRecord : SourceRecord =>
        new(schema, (writer, record) => write(writer, (TRecord)record), null);

    /// <summary>A table whose rows are runs of consecutive records, gathered by a buffer <paramref name="newRun"/> makes per writer.</summary>
    public static FactTable Runs(FactTableSchema schema, Func<IRecordRun> newRun) =>
        new(schema, null, newRun);

    /// <summary>A buffer for the runs of one writer; null for a table whose row is one record.</summary>
    public IRecordRun? NewRun() => newRun?.Invoke();

    /// <summary>The COPY statement into <paramref name="table"/> (this table, or a staging table shaped like it).</summary>
    public string CopyCommand(string table) => $"COPY {table} ({ColumnList}) FROM STDIN (FORMAT BINARY)";

    public void WriteRow(BinaryCopyWriter writer, string owner, long deliveryId, SourceRecord record)
    {
        writer.StartRow();
        writer.WriteText(owner);
        writer.WriteInt64(deliveryId);
        writer.WriteInt64(record.Line);
        (writeColumns ?? throw new InvalidOperationException($"{Name} stores runs of records: write them through a run.")).Invoke(writer, record);
    }

    /// <summary>Writes <paramref name="run"/> as one row and empties it.</summary>
    public static void WriteRun(BinaryCopyWriter writer, string owner, long deliveryId, IRecordRun run)
    {
        writer.StartRow();
        writer.WriteText(owner);
        writer.WriteInt64(deliveryId);
        writer.WriteInt64(run.FirstLine);
        run.WriteColumns(writer);
    }
}
