using System.Diagnostics;

namespace Thuiszitters.Connectors.Tests.Edex;

public sealed class EdexReaderTests
{
    private const string File = "12AB00_20260302.edex.xml";

    [Fact]
    public void Read_ContractSample_YieldsHeaderPupilsAndQuarantine()
    {
        var items = TestInput.ReadContract("edex", "samples", "good", File);

        Assert.Equal(new SchoolExportHeader(SchoolExportKind.Pupils, SchoolCode.Parse("12AB00"), new DateOnly(2026, 3, 2)) { Line = 5 }, items[0]);
        Assert.DoesNotContain(items, i => i is FileRejected);
        var pupils = TestInput.Facts<PupilRecord>(items);
        Assert.Equal(["Çelik", "Hondt", "Nguyễn"], pupils.Select(p => p.Achternaam));

        var celik = pupils[0];
        Assert.Equal(
            new PupilRecord("4711", new Pgn("111222333", PgnKind.Bsn), null, "Çelik", null, null, "E.", "Elif", new PartialDate(2014, 5, 12), "V", "1811AB",
                new GemeenteCode("0361"), new DateOnly(2018, 8, 20), new DateOnly(2026, 2, 27), "VERHUIZING", SchoolCode.Parse("34CD00")) { Line = 12 },
            celik);
        Assert.Equal((new PartialDate(2013, 11, null), "d'", "M"), (pupils[1].Geboortedatum!.Value, pupils[1].Voorvoegsel, pupils[1].Geslacht));
        Assert.Equal(PgnKind.Onderwijsnummer, pupils[1].Pgn!.Value.Kind);
        Assert.Null(pupils[2].Pgn);
        Assert.Equal((new PartialDate(2012, null, null), "X"), (pupils[2].Geboortedatum!.Value, pupils[2].Geslacht));

        var quarantined = Assert.Single(TestInput.Facts<QuarantinedRecord>(items));
        Assert.Equal((43L, "bsn", "fails the elfproef", "111222334"), (quarantined.Line, quarantined.Field, quarantined.Reason, quarantined.RawIdentifier));
        Assert.StartsWith("<leerling key=\"4714\"", quarantined.RawText, StringComparison.Ordinal);
        Assert.Contains("<achternaam>Yılmaz</achternaam>", quarantined.RawText, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoPupilsAndSchoolChildrenReordered_YieldsOnlyHeader()
    {
        var items = TestInput.ReadContract("edex", "samples", "good", "34CD00_20260302.edex.xml");

        Assert.Equal(SchoolCode.Parse("34CD00"), Assert.IsType<SchoolExportHeader>(Assert.Single(items)).School);
    }

    [Fact]
    public void Read_EntityExpansionBomb_IsRefusedFast()
    {
        var watch = Stopwatch.StartNew();
        var items = TestInput.ReadContract("edex", "samples", "bad", "12AB00_20260303.edex.xml");
        watch.Stop();

        var rejected = Assert.IsType<FileRejected>(Assert.Single(items));
        Assert.Equal(("DOCTYPE", "holds a DTD (DOCTYPE), which is refused"), (rejected.Field, rejected.Reason));
        Assert.True(watch.ElapsedMilliseconds < 2000, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Read_ExternalEntity_IsRefused()
    {
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE EDEX [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <EDEX xmlns="urn:thuiszitters:edex:1"><school>&x;</school></EDEX>
            """;

        var rejected = Assert.IsType<FileRejected>(Assert.Single(TestInput.Read(File, xml)));
        Assert.Contains("DTD", rejected.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12AB00_20260304.edex.xml", 2L, "EDEX", "root element is not EDEX in namespace urn:thuiszitters:edex:1")]
    [InlineData("12AB00_20260305.edex.xml", 6L, null, "is not well-formed XML (damaged or truncated)")]
    [InlineData("12AB00_20260306.edex.xml", 3L, "brincode", "the school in the file differs from the school in the file name")]
    [InlineData("12AB00_20260307.edex.xml", 5L, "inschrijfdatum", "is not a valid date (yyyy-mm-dd)")]
    public void Read_BadContractSample_IsRejectedAsDocumented(string file, long line, string? field, string reason)
    {
        var items = TestInput.ReadContract("edex", "samples", "bad", file);

        var rejected = TestInput.Rejection(items);
        Assert.Equal((file, line, field, reason), (rejected.File, rejected.Line, rejected.Field, rejected.Reason));
    }

    [Theory]
    [InlineData("<bsn>111222333</bsn><achternaam>Jansen</achternaam><inschrijfdatum>2026-13-01</inschrijfdatum>", "inschrijfdatum", 6)]
    [InlineData("<bsn>111222333</bsn><achternaam>Jansen</achternaam>", "inschrijfdatum", 5)]
    [InlineData("<bsn>111222333</bsn><inschrijfdatum>2018-08-20</inschrijfdatum>", "achternaam", 5)]
    [InlineData("<achternaam>Jansen</achternaam><geboortedatum>2014-5</geboortedatum><inschrijfdatum>2018-08-20</inschrijfdatum>", "geboortedatum", 6)]
    [InlineData("<achternaam>Jansen</achternaam><geslacht>M</geslacht><inschrijfdatum>2018-08-20</inschrijfdatum>", "geslacht", 6)]
    [InlineData("<achternaam>Jansen</achternaam><inschrijfdatum>2018-08-20</inschrijfdatum><klas>6a</klas>", "klas", 6)]
    [InlineData("<achternaam>Jansen</achternaam><achternaam>Jansen</achternaam><inschrijfdatum>2018-08-20</inschrijfdatum>", "achternaam", 6)]
    [InlineData("<achternaam><b>Jansen</b></achternaam><inschrijfdatum>2018-08-20</inschrijfdatum>", "achternaam", 6)]
    [InlineData("<achternaam>Jansen</achternaam><inschrijfdatum>2018-08-20</inschrijfdatum><bestemming>34CD</bestemming>", "bestemming", 6)]
    [InlineData("<achternaam>Jansen</achternaam><inschrijfdatum>2018-08-20</inschrijfdatum><uitschrijfdatum>2018-08-19</uitschrijfdatum>", "uitschrijfdatum", 6)]
    public void Read_MalformedLeerling_RejectsAtItsField(string children, string field, long line)
    {
        var rejected = TestInput.Rejection(TestInput.Read(File, Document($"<leerling key=\"1\">\n{children}\n</leerling>")));

        Assert.Equal((line, field), (rejected.Line, rejected.Field));
    }

    [Fact]
    public void Read_ChildErrorLine_IsTheChildsLine()
    {
        var rejected = TestInput.Rejection(TestInput.Read(File, Document("<leerling key=\"1\">\n<achternaam>Jansen</achternaam>\n<inschrijfdatum>2018-02-30</inschrijfdatum>\n</leerling>")));

        Assert.Equal((7L, "inschrijfdatum"), (rejected.Line, rejected.Field));
    }

    [Fact]
    public void Read_OtherElementInLeerlingen_Rejects()
    {
        var rejected = TestInput.Rejection(TestInput.Read(File, Document("<docent/>")));

        Assert.Equal("docent", rejected.Field);
    }

    [Fact]
    public void Read_UnknownAttribute_Rejects()
    {
        var rejected = TestInput.Rejection(TestInput.Read(File, Document("<leerling key=\"1\" klas=\"6a\"><achternaam>J</achternaam><inschrijfdatum>2018-08-20</inschrijfdatum></leerling>")));

        Assert.Equal("klas", rejected.Field);
    }

    [Fact]
    public void Read_ContentAfterLeerlingen_Rejects()
    {
        var xml = Document("").Replace("</EDEX>", "<extra/></EDEX>", StringComparison.Ordinal);

        Assert.Equal("extra", TestInput.Rejection(TestInput.Read(File, xml)).Field);
    }

    [Fact]
    public void Read_MissingLeerlingen_Rejects()
    {
        var xml = """<EDEX xmlns="urn:thuiszitters:edex:1"><school><schooljaar>2025-2026</schooljaar><brincode>12AB</brincode><vestigingsnummer>00</vestigingsnummer><exportdatum>2026-03-02</exportdatum></school></EDEX>""";

        Assert.Equal("leerlingen", TestInput.Rejection(TestInput.Read(File, xml)).Field);
    }

    [Theory]
    [InlineData("<onderwijsnummer>111222333</onderwijsnummer>", "onderwijsnummer", "does not start with 10")]
    [InlineData("<bsn>12345</bsn>", "bsn", "fails the elfproef")]
    [InlineData("<bsn>1234567890</bsn>", "bsn", "is not 9 digits")]
    public void Read_InvalidIdentifier_QuarantinesOnlyThatPupil(string identifier, string field, string reason)
    {
        var good = "<leerling><bsn>111222333</bsn><achternaam>Jansen</achternaam><inschrijfdatum>2018-08-20</inschrijfdatum></leerling>";
        var bad = $"<leerling>{identifier}<achternaam>Müller</achternaam><inschrijfdatum>2018-08-20</inschrijfdatum></leerling>";

        var items = TestInput.Read(File, Document(good + "\n" + bad + "\n" + good));

        Assert.Equal(4, items.Count);
        var quarantined = Assert.IsType<QuarantinedRecord>(items[2]);
        Assert.Equal((field, reason, 6L), (quarantined.Field, quarantined.Reason, quarantined.Line));
        Assert.IsType<PupilRecord>(items[3]);
    }

    [Fact]
    public void Read_Rejection_NeverContainsValues()
    {
        var rejected = TestInput.Rejection(TestInput.Read(File, Document("<leerling><bsn>111222333</bsn><achternaam>Jansen</achternaam><inschrijfdatum>Jansen 111222333</inschrijfdatum></leerling>")));

        Assert.DoesNotContain("111222333", rejected.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Jansen", rejected.ToString(), StringComparison.Ordinal);
    }

    private static string Document(string leerlingen) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <EDEX xmlns="urn:thuiszitters:edex:1">
        <school><schooljaar>2025-2026</schooljaar><brincode>12AB</brincode><vestigingsnummer>00</vestigingsnummer><exportdatum>2026-03-02</exportdatum></school>
        <leerlingen>
        {leerlingen}
        </leerlingen>
        </EDEX>
        """;
}
