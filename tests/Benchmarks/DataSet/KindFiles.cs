using Thuiszitters.Connectors;

namespace Thuiszitters.Benchmarks.DataSet;

/// <summary>The files of one source format in a drop folder, in the order the ingest applies them.</summary>
internal sealed record KindFiles(SourceKind Kind, IReadOnlyList<string> Paths, long Bytes)
{
    public string Label => FileKinds.Label(Kind);
}
