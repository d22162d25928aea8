using System.Diagnostics;
using Thuiszitters.Generator;

namespace Thuiszitters.Benchmarks.DataSet;

/// <summary>
/// The drop folder the benchmark measures: <c>&lt;data&gt;/national-&lt;pupils&gt;-&lt;seed&gt;</c> when an earlier run left it,
/// else generated in-process. It is generated next to its final place and renamed when complete, so an interrupted
/// generation is never mistaken for a data set.
/// </summary>
internal static class NationalDataSet
{
    public static DataSetInfo Ensure(BenchmarkOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var folder = options.DataSetFolder;
        if (Directory.Exists(folder))
        {
            log.WriteLine($"data set: reusing {folder}");
            return Describe(options, folder, null);
        }

        // What an earlier run derived from a data set of this name (delta, intermediates) does not fit a new one.
        foreach (var stale in new[] { folder + ".partial", options.WorkFolder })
        {
            if (Directory.Exists(stale))
            {
                Directory.Delete(stale, true);
            }
        }

        var partial = folder + ".partial";
        Directory.CreateDirectory(options.DataRoot);
        log.WriteLine($"data set: generating {options.Pupils:N0} pupils, {options.Schools} schools into {folder}");
        var generatorOptions = GeneratorOptions.Parse(options.GeneratorArguments(partial), out var error)
            ?? throw new BenchmarkException($"the generator refuses the size: {error}");
        var watch = Stopwatch.StartNew();
        new RegionGenerator(generatorOptions, line => log.WriteLine($"  {line}")).Run(cancellationToken);
        watch.Stop();
        Directory.Move(partial, folder);
        return Describe(options, folder, watch.Elapsed.TotalSeconds);
    }

    private static DataSetInfo Describe(BenchmarkOptions options, string folder, double? generatedIn)
    {
        var kinds = FileKinds.Group(folder);
        if (kinds.Count == 0)
        {
            throw new BenchmarkException($"{folder} holds no file the ingest reads: delete it and run again");
        }

        return new DataSetInfo(
            folder, options.Pupils, options.Seed, options.Schools, options.Gemeenten,
            kinds.Sum(k => k.Paths.Count), kinds.Sum(k => k.Bytes), generatedIn, kinds);
    }
}
