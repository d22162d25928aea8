using System.Text.Json.Serialization;

namespace Thuiszitters.Benchmarks.DataSet;

/// <summary>The data set a run measured: where, how large, and whether this run generated it (and in how long).</summary>
internal sealed record DataSetInfo(
    string Folder,
    int Pupils,
    int Seed,
    int Schools,
    int Gemeenten,
    int Files,
    long Bytes,
    double? GeneratedInSeconds,
    [property: JsonIgnore] IReadOnlyList<KindFiles> Kinds);
