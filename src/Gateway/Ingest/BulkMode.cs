namespace Thuiszitters.Gateway.Ingest;

/// <summary>How a run of several deliveries treats the fact tables' indexes.</summary>
internal enum BulkMode
{
    /// <summary>Bulk when the files are large next to what the register holds (see <see cref="IngestRun.IsLarge"/>).</summary>
    Auto,

    /// <summary>Always drop and rebuild the indexes.</summary>
    On,

    /// <summary>Keep the indexes; every delivery maintains them.</summary>
    Off,
}
