using Thuiszitters.Generator.Cases;
using Thuiszitters.Generator.Scenarios;
using Thuiszitters.Generator.People;
using Thuiszitters.Generator.Rules;

namespace Thuiszitters.Generator;

/// <summary>
/// The fixed frame of a generated region: dates, schools, gemeenten and which pupil indices carry a
/// planted scenario. Everything here follows from the options alone.
/// </summary>
internal sealed class RegionSetup
{
    /// <summary>Planted indices are those with index % period == this residue (see <see cref="Identifiers"/>).</summary>
    public const int PlantResidue = Identifiers.OnderwijsnummerResidue;

    private readonly int[] _gemeenteWeights;
    private readonly SchoolInfo[] _primary;
    private readonly SchoolInfo[] _secondary;

    public RegionSetup(GeneratorOptions options)
    {
        Options = options;
        AsOf = options.AsOf;
        SchoolYearStart = DutyRules.SchoolYearStart(AsOf);
        RodCompleteDate = AsOf.AddDays(-14);
        RodPartialDate = AsOf.AddDays(-7);
        Schools = SchoolCodes.Create(options.Seed, options.Schools);
        _primary = [.. Schools.Where(s => s.Sector == Sector.PO)];
        _secondary = [.. Schools.Where(s => s.Sector == Sector.VO)];
        Gemeenten = [.. NoordHolland.Gemeenten.Take(options.Gemeenten).Select((g, i) => g with { Flavour = BrpFlavour(i) })];
        _gemeenteWeights = [.. Gemeenten.Select(g => g.Weight)];
        PlantPeriod = ChoosePlantPeriod(options.Pupils - options.Schools, ScenarioCatalog.Count);
    }

    public GeneratorOptions Options { get; }

    public DateOnly AsOf { get; }

    public DateOnly SchoolYearStart { get; }

    /// <summary>Aanmaak- and peildatum of the complete ROD delivery (batch 1).</summary>
    public DateOnly RodCompleteDate { get; }

    /// <summary>Aanmaak- and peildatum of the partial ROD delivery (batch 2).</summary>
    public DateOnly RodPartialDate { get; }

    public IReadOnlyList<SchoolInfo> Schools { get; }

    public IReadOnlyList<GemeenteInfo> Gemeenten { get; }

    /// <summary>One pupil index in this many carries a planted scenario.</summary>
    public int PlantPeriod { get; }

    public static int MinimumPupils(int schools) => schools + (8 * (ScenarioCatalog.Count + 1));

    public bool IsPlanted(int index) => index >= Schools.Count && index % PlantPeriod == PlantResidue;

    /// <summary>Which scenario a planted index carries, and how many earlier indices carried it.</summary>
    public (int Scenario, int Occurrence) ScenarioOf(int index) =>
        ((index / PlantPeriod) % ScenarioCatalog.Count, index / PlantPeriod / ScenarioCatalog.Count);

    public SchoolInfo PickSchool(PupilRandom rng, Sector sector, Func<SchoolInfo, bool>? filter = null, SchoolInfo? except = null)
    {
        var ofSector = sector == Sector.PO ? _primary : _secondary;
        if (filter is null)
        {
            // Fast path for background pupils: no list is built.
            while (true)
            {
                var school = rng.Pick(ofSector);
                if (school != except)
                {
                    return school;
                }
            }
        }

        var candidates = ofSector.Where(s => s != except && filter(s)).ToList();
        return candidates.Count > 0
            ? rng.Pick(candidates)
            : throw new InvalidOperationException("No school of the requested kind in the region.");
    }

    public GemeenteInfo PickGemeente(PupilRandom rng)
    {
        var roll = rng.Next(_gemeenteWeights.Sum());
        for (var i = 0; i < _gemeenteWeights.Length; i++)
        {
            roll -= _gemeenteWeights[i];
            if (roll < 0)
            {
                return Gemeenten[i];
            }
        }

        return Gemeenten[^1];
    }

    private static CsvFlavour BrpFlavour(int position) => position switch
    {
        2 => CsvFlavour.Windows1252,
        3 => CsvFlavour.Utf8WithoutBom,
        _ => CsvFlavour.Utf8WithBom,
    };

    private static int ChoosePlantPeriod(int available, int scenarios) =>
        available / 32 >= 3 * scenarios ? 32 : available / 16 >= 2 * scenarios ? 16 : 8;
}
