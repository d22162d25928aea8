using Thuiszitters.Generator;

namespace Thuiszitters.Gateway.Tests.Generator;

/// <summary>A small region (2,000 pupil indices) generated once into a temporary folder for the file-level tests.</summary>
public sealed class GeneratedRegion : IDisposable
{
    public GeneratedRegion()
    {
        Options = Create(42, "region");
        Summary = new RegionGenerator(Options).Run();
    }

    internal GeneratorOptions Options { get; }

    internal GenerationSummary Summary { get; }

    public string Folder => Options.OutputFolder;

    internal static GeneratorOptions Create(int seed, string name, int pupils = 2_000) =>
        new(Path.Combine(Path.GetTempPath(), $"tz-gen-{Environment.ProcessId}-{name}-{seed}-{Guid.NewGuid():N}"), pupils, 40, 5, seed,
            GeneratorOptions.DefaultAsOf, "VO2203");

    public string PathOf(string fileName) => Path.Combine(Folder, fileName);

    public IEnumerable<string> Files(string searchPattern) => Directory.EnumerateFiles(Folder, searchPattern).Order(StringComparer.Ordinal);

    public void Dispose() => Directory.Delete(Folder, true);
}
