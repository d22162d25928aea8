using System.Globalization;
using Thuiszitters.Generator.People;

namespace Thuiszitters.Generator;

/// <summary>
/// Makes the region's school codes (BRIN + vestiging, e.g. 05KO00, 12AB01) and decides per school
/// its sector and how it delivers. The kinds follow a fixed cycle over the sorted codes, so any
/// region of at least <see cref="GeneratorOptions.MinSchools"/> schools holds every kind.
/// </summary>
internal static class SchoolCodes
{
    // One in eight schools delivers nothing; the rest alternate between EDEX and CSV.
    private static readonly (Sector Sector, ExportKind Export)[] Cycle =
    [
        (Sector.PO, ExportKind.Edex), (Sector.VO, ExportKind.Csv), (Sector.PO, ExportKind.Csv), (Sector.PO, ExportKind.None),
        (Sector.VO, ExportKind.Edex), (Sector.PO, ExportKind.Edex), (Sector.PO, ExportKind.Csv), (Sector.VO, ExportKind.Csv),
        (Sector.PO, ExportKind.Edex), (Sector.VO, ExportKind.Edex), (Sector.PO, ExportKind.Csv), (Sector.VO, ExportKind.None),
        (Sector.PO, ExportKind.Edex), (Sector.VO, ExportKind.Csv), (Sector.PO, ExportKind.Csv), (Sector.VO, ExportKind.Edex),
    ];

    private static readonly CsvFlavour[] Flavours = [CsvFlavour.Utf8WithBom, CsvFlavour.Windows1252, CsvFlavour.Utf8WithoutBom];

    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public static IReadOnlyList<SchoolInfo> Create(int seed, int count)
    {
        var rng = new PupilRandom(seed, -1);
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        while (codes.Count < count)
        {
            var vestiging = rng.Chance(0.8) ? 0 : rng.Between(1, 3);
            codes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{rng.Next(100):D2}{Letters[rng.Next(26)]}{Letters[rng.Next(26)]}{vestiging:D2}"));
        }

        var schools = new List<SchoolInfo>(count);
        var csvSchools = 0;
        var exportingSchools = 0;
        foreach (var code in codes)
        {
            var (sector, export) = Cycle[schools.Count % Cycle.Length];
            var flavour = export == ExportKind.Csv ? Flavours[csvSchools++ % Flavours.Length] : CsvFlavour.Utf8WithBom;
            var separator = export != ExportKind.None && exportingSchools++ % 2 == 1 ? '.' : ',';
            schools.Add(new SchoolInfo(code, sector, export, flavour, separator));
        }

        return schools;
    }
}
