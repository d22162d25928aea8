using System.Xml;
using System.Xml.Schema;

namespace Thuiszitters.Connectors.Tests.Edex;

/// <summary>Keeps <c>contracts/edex/edex.xsd</c> and the samples in step: every good sample is valid against the schema.</summary>
public sealed class EdexSchemaTests
{
    public static TheoryData<string> GoodSamples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(TestInput.ContractPath("edex", "samples", "good"), "*.edex.xml"))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GoodSamples))]
    public void GoodSample_IsValidAgainstTheSchema(string file)
    {
        var errors = Validate(File.ReadAllText(TestInput.ContractPath("edex", "samples", "good", file)));

        Assert.Empty(errors);
    }

    [Fact]
    public void GoodSamples_Exist() => Assert.True(GoodSamples().Count >= 2);

    [Theory]
    [InlineData("<geslacht>3</geslacht>")]
    [InlineData("<geboortedatum>2014-5-1</geboortedatum>")]
    [InlineData("<woongemeente>361</woongemeente>")]
    [InlineData("<klas>6a</klas>")]
    public void Schema_RefusesWhatTheReaderRefuses(string extra)
    {
        var xml = File.ReadAllText(TestInput.ContractPath("edex", "samples", "good", "12AB00_20260302.edex.xml"))
            .Replace("<roepnaam>Elif</roepnaam>", extra, StringComparison.Ordinal);

        Assert.NotEmpty(Validate(xml));
        Assert.IsType<FileRejected>(TestInput.Read("12AB00_20260302.edex.xml", xml)[^1]);
    }

    [Fact]
    public void Schema_TargetsTheReadersNamespace()
    {
        var schemas = LoadSchema();

        Assert.True(schemas.Contains("urn:thuiszitters:edex:1"));
    }

    private static XmlSchemaSet LoadSchema()
    {
        var schemas = new XmlSchemaSet { XmlResolver = null };
        using var reader = XmlReader.Create(TestInput.ContractPath("edex", "edex.xsd"), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        schemas.Add(null, reader);
        schemas.Compile();
        return schemas;
    }

    private static List<string> Validate(string xml)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = LoadSchema(),
            DtdProcessing = DtdProcessing.Prohibit,
        };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Exception.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return errors;
    }
}
