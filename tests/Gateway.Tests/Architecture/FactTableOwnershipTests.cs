using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Thuiszitters.Connectors;
using Thuiszitters.Gateway.Ingest;
using Thuiszitters.Gateway.Register;

namespace Thuiszitters.Gateway.Tests.Architecture;

/// <summary>
/// A fact table has one owner: its declaration in <c>Register/Tables</c> (name and columns) is what the COPY writer writes
/// and what the EF model maps, and no other source file spells its column list again.
/// </summary>
public sealed class FactTableOwnershipTests
{
    [Fact]
    public void EveryFactTable_TheEfModelMapsExactlyItsDeclaredColumns()
    {
        using var context = new RegisterDesignTimeFactory().CreateDbContext([]);
        var schemas = Schemas();

        Assert.Equal(9, schemas.Count);
        foreach (var schema in schemas)
        {
            var entity = Assert.Single(context.Model.GetEntityTypes(), e => e.GetTableName() == schema.Name);
            var table = StoreObjectIdentifier.Table(schema.Name, entity.GetSchema());
            Assert.Equal(
                schema.AllColumns.Order(StringComparer.Ordinal),
                entity.GetProperties().Select(p => p.GetColumnName(table)).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void EveryFactTable_TheCopyWriterWritesItsDeclaration()
    {
        foreach (var table in Enum.GetValues<SourceKind>().SelectMany(FactTables.WrittenBy))
        {
            Assert.Equal($"COPY x ({string.Join(", ", table.Schema.AllColumns)}) FROM STDIN (FORMAT BINARY)", table.CopyCommand("x"));
        }
    }

    [Fact]
    public void NoSourceFile_OutsideRegisterTables_SpellsAFactTableColumnListOrTable()
    {
        var root = RepositoryRoot();
        var owner = Path.Combine(root, "src", "Gateway", "Register", "Tables") + Path.DirectorySeparatorChar;
        var hits = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (file.StartsWith(owner, StringComparison.Ordinal) || relative.Contains("/Migrations/", StringComparison.Ordinal)
                || relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            hits.AddRange(Schemas().Where(s => Spells(text, s)).Select(s => $"{relative}: {s.Name}"));
        }

        Assert.Empty(hits);
    }

    [Fact]
    public void Detector_FindsADeclarationAsFactTablesOnceHadIt_NotAQueryOfSomeColumns()
    {
        var residents = Assert.Single(Schemas(), s => s.Name == "residents");
        const string before = """
            public static FactTable Residents { get; } = FactTable.For<ResidentRecord>(
                "residents",
                "gemeente",
                ["bsn", "birth_year", "birth_month", "birth_day", "achternaam", "voorvoegsel", "voornamen", "postcode", "datum_vestiging",
                    "datum_vertrek"],
            """;

        Assert.True(Spells(before, residents));
        Assert.True(Spells("""builder.ToTable("residents");""", residents));
        Assert.False(Spells("SELECT p.bsn, p.achternaam, p.voorvoegsel FROM residents p", residents));
    }

    private static List<FactTableSchema> Schemas() =>
        [.. Enum.GetValues<SourceKind>().SelectMany(FactTables.WrittenBy).Select(t => t.Schema).DistinctBy(s => s.Name)];

    /// <summary>
    /// Whether <paramref name="text"/> declares the table again: its record columns as quoted names in order (tables of
    /// three columns or more; two, such as <c>bsn, onderwijsnummer</c>, are too common to tell), or its EF table mapping.
    /// </summary>
    private static bool Spells(string text, FactTableSchema schema) =>
        text.Contains($"ToTable(\"{schema.Name}\"", StringComparison.Ordinal)
        || (schema.Columns.Count >= 3
            && Regex.IsMatch(text, string.Join(@"\s*,\s*", schema.Columns.Select(c => "\"" + Regex.Escape(c) + "\"")), RegexOptions.None, TimeSpan.FromSeconds(5)));

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
