using System.Globalization;
using Thuiszitters.Gateway.Cli;
using Thuiszitters.Generator;

namespace Thuiszitters.Benchmarks;

/// <summary>The arguments of the benchmark; see <see cref="Usage"/>.</summary>
internal sealed record BenchmarkOptions(
    int Pupils,
    int Seed,
    int Schools,
    int Gemeenten,
    string DataRoot,
    string? JsonPath,
    string? Server,
    string Psql,
    bool InProcess,
    int? HeapLimitMegabytes)
{
    /// <summary>
    /// Keep the register database after the run (its name is logged), to EXPLAIN the product's queries against it, and a
    /// copy of it as the full reconcile left it, for <see cref="DeltaFrom"/>.
    /// </summary>
    public bool KeepDatabases { get; init; }

    /// <summary>
    /// Only the weekly delta, on a copy of this database (a reconciled register an earlier run kept): minutes instead of
    /// a whole run, to measure the delta again and again.
    /// </summary>
    public string? DeltaFrom { get; init; }

    /// <summary>
    /// Only the weekly delta dropped into a folder that a gateway process syncs (<see cref="Stages.SyncDropStage"/>), on a
    /// copy of this database (a reconciled register an earlier run kept).
    /// </summary>
    public string? SyncFrom { get; init; }

    /// <summary>The drop-folder source's cron schedule in <see cref="SyncFrom"/> (6 fields: seconds first).</summary>
    public string SyncSchedule { get; init; } = "*/2 * * * * *";

    /// <summary>
    /// With <see cref="DeltaFrom"/> or <see cref="SyncFrom"/>: load the copy into shared buffers first (<c>pg_prewarm</c>,
    /// untimed), as a live register is; without it the copy is read from disk.
    /// </summary>
    public bool Prewarm { get; init; }

    /// <summary>The gateway's <c>Sync:PollInterval</c> in <see cref="SyncFrom"/>.</summary>
    public string SyncPoll { get; init; } = "00:00:01";

    public const string Usage =
        "usage: [--pupils 2600000] [--seed 42] [--schools <pupils/1000, 40..5000>] [--data <folder>] [--json <file>] "
        + "[--server <connection string>] [--psql psql] [--in-process] [--heap-limit-mb <MB per stage process>] [--keep-databases] "
        + "[--delta-from <database>] [--sync-from <database> [--sync-schedule '*/2 * * * * *'] [--sync-poll 00:00:01]] [--prewarm]";

    public const int DefaultPupils = 2_600_000;

    /// <summary>Every gemeente the generator knows, so each BRP extract stays of realistic size.</summary>
    public const int DefaultGemeenten = 15;

    /// <summary>The reference date of the generated data set, and of every reconcile.</summary>
    public DateOnly AsOf { get; init; } = GeneratorOptions.DefaultAsOf;

    /// <summary>The generated drop folder, reused by later runs with the same size and seed (and school count, when not the default).</summary>
    public string DataSetFolder => Path.Combine(DataRoot, Schools == DefaultSchools(Pupils)
        ? string.Create(CultureInfo.InvariantCulture, $"national-{Pupils}-{Seed}")
        : string.Create(CultureInfo.InvariantCulture, $"national-{Pupils}-{Seed}-s{Schools}"));

    /// <summary>Files the benchmark derives from the data set (the weekly delta, the baseline's intermediates).</summary>
    public string WorkFolder => DataSetFolder + ".work";

    public long? HeapLimitBytes => HeapLimitMegabytes * 1_000_000L;

    public string ResultPath => JsonPath ?? Path.Combine(DataRoot, "benchmark-results.json");

    /// <summary>About one exporting school (vestiging) per thousand pupils, as nationally.</summary>
    public static int DefaultSchools(int pupils) => Math.Clamp(pupils / 1000, 40, GeneratorOptions.MaxSchools);

    public static BenchmarkOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var parsed = CommandArguments.Parse(args);
        error = null;
        if (!TryInt(parsed.Get("pupils"), DefaultPupils, out var pupils) || !TryInt(parsed.Get("seed"), 42, out var seed)
            || !TryInt(parsed.Get("schools"), DefaultSchools(pupils), out var schools) || !TryInt(parsed.Get("heap-limit-mb"), 0, out var heapLimit)
            || heapLimit < 0)
        {
            error = "--pupils, --seed, --schools and --heap-limit-mb take whole numbers";
            return null;
        }

        var options = new BenchmarkOptions(
            pupils,
            seed,
            schools,
            DefaultGemeenten,
            Path.GetFullPath(parsed.Get("data") ?? Path.Combine(Path.GetTempPath(), "thuiszitters-benchmark")),
            parsed.Get("json") is { } json ? Path.GetFullPath(json) : null,
            parsed.Get("server"),
            parsed.Get("psql") ?? "psql",
            parsed.Get("in-process") is "true",
            heapLimit > 0 ? heapLimit : null)
        {
            KeepDatabases = parsed.Get("keep-databases") is "true",
            DeltaFrom = parsed.Get("delta-from"),
            SyncFrom = parsed.Get("sync-from"),
            Prewarm = parsed.Get("prewarm") is "true",
            SyncSchedule = parsed.Get("sync-schedule") ?? "*/2 * * * * *",
            SyncPoll = parsed.Get("sync-poll") ?? "00:00:01",
        };

        // The generator's own checks decide which sizes are possible.
        if (GeneratorOptions.Parse(options.GeneratorArguments(options.DataSetFolder), out var generatorError) is null)
        {
            error = generatorError;
            return null;
        }

        return options;
    }

    public string[] GeneratorArguments(string outputFolder) =>
    [
        "--out", outputFolder,
        "--pupils", Pupils.ToString(CultureInfo.InvariantCulture),
        "--seed", Seed.ToString(CultureInfo.InvariantCulture),
        "--schools", Schools.ToString(CultureInfo.InvariantCulture),
        "--gemeenten", Gemeenten.ToString(CultureInfo.InvariantCulture),
    ];

    private static bool TryInt(string? text, int fallback, out int value)
    {
        value = fallback;
        return text is null || int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
    }
}
