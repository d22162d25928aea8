using System.Globalization;
using Thuiszitters.Gateway.Cli;

namespace Thuiszitters.Benchmarks.SisPull;

/// <summary>The options of <c>sis-pull</c> (see <see cref="SisPullBenchmark"/>).</summary>
internal sealed record SisPullOptions(int Pupils, int PageSize, int Repeat, int Schools, int SchoolPupils, int? Parallel, string? Server)
{
    public const string Usage =
        "usage: Thuiszitters.Benchmarks sis-pull [--pupils 2000] [--page-size 500] [--repeat 3] [--schools 2600] [--school-pupils 100] "
        + "[--parallel N (default: SisApi:MaxParallelSchools as configured)] [--server <connection string>]";

    public static SisPullOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var parsed = CommandArguments.Parse(args);
        error = null;
        int? Read(string name, int fallback, int min, int max)
        {
            var text = parsed.Get(name);
            if (text is null)
            {
                return fallback;
            }

            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value : null;
        }

        var pupils = Read("pupils", 2000, 1, SisBenchSchools.MaxPupilsPerSchool);
        var pageSize = Read("page-size", 500, 1, 500);
        var repeat = Read("repeat", 3, 1, 50);
        var schools = Read("schools", 2600, 0, SisBenchSchools.MaxSchools);
        var schoolPupils = Read("school-pupils", 100, 1, SisBenchSchools.MaxPupilsPerSchool);
        var parallel = Read("parallel", 0, 1, 64);
        if (pupils is null || pageSize is null || repeat is null || schools is null || schoolPupils is null || parallel is null)
        {
            error = string.Create(CultureInfo.InvariantCulture,
                $"--pupils and --school-pupils take 1-{SisBenchSchools.MaxPupilsPerSchool}, --page-size 1-500, --repeat 1-50, --schools 0-{SisBenchSchools.MaxSchools}, --parallel 1-64");
            return null;
        }

        return new SisPullOptions(pupils.Value, pageSize.Value, repeat.Value, schools.Value, schoolPupils.Value,
            parsed.Get("parallel") is null ? null : parallel, parsed.Get("server"));
    }
}
