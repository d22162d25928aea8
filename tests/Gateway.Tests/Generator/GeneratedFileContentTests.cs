using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Thuiszitters.Generator;
using Thuiszitters.Generator.Rules;
using Thuiszitters.Generator.Writers;

namespace Thuiszitters.Gateway.Tests.Generator;

public sealed class GeneratedFileContentTests(GeneratedRegion region) : IClassFixture<GeneratedRegion>
{
    [Theory]
    [InlineData("rod_VO2203_000001.txt", "C")]
    [InlineData("rod_VO2203_000002.txt", "P")]
    public void Run_RodBatch_TrailerCountsMatchRecords(string file, string kind)
    {
        var lines = File.ReadAllLines(region.PathOf(file));
        var types = new[] { "PER", "INS", "VZM", "VRS", "KOP" };

        Assert.Equal(kind, lines[0].Split('|')[2]);
        Assert.StartsWith("VLR|", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("SLR|", lines[^1], StringComparison.Ordinal);
        var counts = lines[^1].Split('|').Skip(1).Select(long.Parse).ToList();
        Assert.Equal(types.Select(t => (long)lines.Count(l => l.StartsWith(t + "|", StringComparison.Ordinal))), counts);
        Assert.Equal(lines.Length - 2, counts.Sum());
        Assert.All(lines.Where(l => l.StartsWith("INS|", StringComparison.Ordinal)), l => Assert.Equal(9, l.Split('|').Length));
    }

    [Fact]
    public void Run_PartialBatch_HoldsChangesOfEveryKind()
    {
        var lines = File.ReadAllLines(region.PathOf("rod_VO2203_000002.txt"));
        var mutations = lines.Where(l => l.StartsWith("INS|", StringComparison.Ordinal)).Select(l => l.Split('|')[8]).ToHashSet();

        Assert.Superset(new HashSet<string> { "T", "U", "V" }, mutations);
        Assert.Contains(lines, l => l.StartsWith("VZM|", StringComparison.Ordinal));
        Assert.True(lines.Length < File.ReadAllLines(region.PathOf("rod_VO2203_000001.txt")).Length / 10, "a partial delivery holds a few changes");
    }

    [Fact]
    public void Run_AllSources_BsnsPassTheElfproefExceptPlantedInvalidOnes()
    {
        using var truth = JsonDocument.Parse(File.ReadAllText(region.PathOf(".ground-truth.json")));
        var invalid = truth.RootElement.GetProperty("conflicts").EnumerateArray()
            .Where(c => c.GetProperty("code").GetString() == ConflictCode.InvalidIdentifier)
            .Select(c => c.GetProperty("pgn").GetString()!).ToHashSet(StringComparer.Ordinal);
        var numbers = new List<(string Number, bool Onderwijsnummer)>();
        foreach (var rod in region.Files("rod_*.txt"))
        {
            numbers.AddRange(File.ReadLines(rod).Where(l => l[..3] is "PER" or "INS" or "VZM" or "VRS")
                .Select(l => l.Split('|')[l.StartsWith("VZM", StringComparison.Ordinal) ? 2 : 1]).Select(n => (n, n.StartsWith("10", StringComparison.Ordinal))));
        }

        foreach (var brp in region.Files("brp_*.csv"))
        {
            numbers.AddRange(File.ReadLines(brp, Cp1252OrUtf8(brp)).Skip(1).Select(l => (l.Split(';')[0], false)));
        }

        foreach (var csv in region.Files("leerlingen_*.csv").Concat(region.Files("verzuim_*.csv")))
        {
            foreach (var fields in File.ReadLines(csv, Cp1252OrUtf8(csv)).Skip(1).Select(l => l.Split(';')))
            {
                numbers.Add(fields[1].Length > 0 ? (fields[1], false) : (fields[2], true));
            }
        }

        var bad = numbers.Where(n => !invalid.Contains(n.Number) && !(n.Onderwijsnummer ? Identifiers.IsValidOnderwijsnummer(n.Number) : Identifiers.IsValidBsn(n.Number))).ToList();
        Assert.True(numbers.Count > 10_000, "the region has records");
        Assert.Empty(bad);
        Assert.All(invalid, n => Assert.False(Identifiers.IsValidBsn(n) || Identifiers.IsValidOnderwijsnummer(n)));
    }

    [Fact]
    public void Run_Windows1252Exports_DecodeWithDiacritics()
    {
        var setup = new RegionSetup(region.Options);
        var legacy = setup.Schools.Where(s => s.Export == ExportKind.Csv && s.Flavour == CsvFlavour.Windows1252)
            .Select(s => region.PathOf($"leerlingen_{s.Code}_20260415.csv"))
            .Concat(setup.Gemeenten.Where(g => g.Flavour == CsvFlavour.Windows1252).Select(g => region.PathOf($"brp_{g.Code}_20260415.csv")))
            .ToList();
        var strictUtf8 = new UTF8Encoding(false, true);

        Assert.True(legacy.Count >= 2);
        foreach (var file in legacy)
        {
            var bytes = File.ReadAllBytes(file);
            var text = Cp1252Text.Encoding.GetString(bytes);
            Assert.Throws<DecoderFallbackException>(() => strictUtf8.GetString(bytes));
            Assert.Contains(text, c => "äëïöüéèçñøÇÖÜ".Contains(c, StringComparison.Ordinal));
            Assert.DoesNotContain("Ã", text, StringComparison.Ordinal);
            Assert.DoesNotContain("?", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Run_EdexExports_ValidateAgainstTheContractSchema()
    {
        var schemas = new XmlSchemaSet();
        schemas.Add("urn:thuiszitters:edex:1", XmlReader.Create(Path.Combine(RepositoryRoot(), "contracts", "edex", "edex.xsd")));
        var files = region.Files("*.edex.xml").ToList();

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var errors = new List<string>();
            XDocument.Load(file).Validate(schemas, (_, e) => errors.Add(e.Message));
            Assert.Empty(errors);
        }
    }

    /// <summary>The encoding a reader would detect: strict UTF-8 when the bytes are UTF-8, else Windows-1252.</summary>
    private static Encoding Cp1252OrUtf8(string file)
    {
        var bytes = File.ReadAllBytes(file);
        try
        {
            _ = new UTF8Encoding(false, true).GetString(bytes);
            return Encoding.UTF8;
        }
        catch (DecoderFallbackException)
        {
            return Cp1252Text.Encoding;
        }
    }

    /// <summary>Found from this source file, so builds into any artifacts folder still see contracts/.</summary>
    private static string RepositoryRoot([CallerFilePath] string source = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(source), AppContext.BaseDirectory })
        {
            for (var folder = start is null ? null : new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Thuiszitters.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("Repository root (Thuiszitters.sln) not found.");
    }
}
