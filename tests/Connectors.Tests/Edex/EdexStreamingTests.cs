using System.Xml;
using System.Xml.Linq;

namespace Thuiszitters.Connectors.Tests.Edex;

/// <summary>
/// The reader streams each leerling instead of loading it as an XElement. These cases pin what the XElement version
/// did: a quarantined record's raw text is the element's outer XML exactly as XElement wrote it, and in a leerling that
/// breaks both the XML and the contract the XML error still wins.
/// </summary>
public sealed class EdexStreamingTests
{
    private const string File = "12AB00_20260302.edex.xml";
    private const string Rest = "<achternaam>Jansen</achternaam><inschrijfdatum>2018-08-20</inschrijfdatum>";

    public static TheoryData<string> ExoticLeerlingen() =>
    [
        $"<leerling key=\"1\"><bsn>12345</bsn>{Rest}</leerling>",
        $"<leerling><bsn>12345</bsn><voornamen><![CDATA[Jan <&> Piet]]></voornamen>{Rest}</leerling>",
        $"<leerling><bsn>12345</bsn><voornamen>a<![CDATA[b]]>c<!-- x --><?pi y?>d</voornamen>{Rest}</leerling>",
        $"<leerling><bsn>12345</bsn><voornamen>M&amp;M &#x41; &lt;x&gt; \"q\" 'a' ]]&gt;</voornamen>{Rest}</leerling>",
        $"<leerling key=\"a&quot;b&#9;c&#10;d &lt; &amp; '&gt;\"><bsn>12345</bsn>{Rest}</leerling>",
        $"<leerling key='single \"quoted\"'><bsn>12345</bsn>{Rest}</leerling>",
        $"<leerling><bsn>12345</bsn><voorvoegsel/><roepnaam></roepnaam><voorletters>   </voorletters>{Rest}</leerling>",
        $"<leerling>stray<bsn>12345</bsn>more<![CDATA[cdata]]>{Rest}  tail  </leerling>",
        $"<e:leerling xmlns:e=\"urn:thuiszitters:edex:1\" key=\"1\"><e:bsn>12345</e:bsn><achternaam>J</achternaam><e:inschrijfdatum>2018-08-20</e:inschrijfdatum></e:leerling>",
        $"<leerling xmlns=\"urn:thuiszitters:edex:1\" xmlns:x=\"urn:other\"><bsn>12345</bsn>{Rest}</leerling>",
        $"<leerling><p:bsn>12345</p:bsn>{Rest}</leerling>",
        $"<leerling><bsn>12345</bsn><voornamen lang=\"nl\" xmlns:y=\"urn:y\" y:z=\"1\">Jan</voornamen>{Rest}</leerling>",
        $"<leerling><bsn>12345</bsn><voornamen xml:space=\"preserve\">  </voornamen><roepnaam xml:space=\"preserve\"> J </roepnaam>{Rest}</leerling>",
        $"<leerling><bsn>12345</bsn><voornamen>Jan\r\nPiet\rKees\tx</voornamen>{Rest}</leerling>",
        $"<leerling><bsn>12345</bsn><voornamen>😀 Ærø ﬁ \u00a0</voornamen>{Rest}</leerling>",
        $"<leerling><bsn>12345</bsn><voornamen>{new string('x', 5000)}😀{new string('y', 3000)}</voornamen>{Rest}</leerling>",
        $"<leerling><bsn>  12345\n</bsn><!-- c -->\n  <achternaam>\n  Jansen  \n</achternaam><inschrijfdatum>2018-08-20</inschrijfdatum></leerling>",
        $"<leerling><onderwijsnummer>111222333</onderwijsnummer>{Rest}</leerling>",
        $"<leerling xmlns:q=\"urn:q\"><bsn>12345</bsn><voornamen q:a=\"1\" p:b=\"2\">J</voornamen>{Rest}</leerling>",
        $"<leerling><bsn>12345</bsn><p:voornamen r:x=\"1\" s:y=\"2\" xmlns:p=\"urn:thuiszitters:edex:1\">J</p:voornamen>{Rest}</leerling>",
        $"<p:leerling xmlns=\"urn:thuiszitters:edex:1\" xmlns:p=\"urn:thuiszitters:edex:1\"><bsn>12345</bsn><p:voornamen xmlns=\"urn:other\" xmlns:r=\"urn:r2\" r:x=\"1\">J</p:voornamen>{Rest}</p:leerling>",
    ];

    [Theory]
    [MemberData(nameof(ExoticLeerlingen))]
    public void Quarantine_RawText_IsTheOuterXmlAsXElementWroteIt(string leerling)
    {
        var document = Document(leerling);

        var quarantined = Assert.IsType<QuarantinedRecord>(Assert.Single(TestInput.Read(File, document), i => i is not SchoolExportHeader));

        Assert.Equal(OuterXmlOfFirstLeerling(document), quarantined.RawText);
    }

    [Theory]
    [InlineData("<leerling>\n<klas>6a</klas>\n<achternaam>J</wrong></leerling>", 7L, null, "is not well-formed XML (damaged or truncated)")]
    [InlineData("<leerling klas=\"1\">\n<bsn>1<x/></bsn></leerling>", 5L, "klas", "is not an attribute of leerling")]
    [InlineData("<leerling>\n<bsn>1<x/></bsn>\n<bsn>2</bsn></leerling>", 6L, "bsn", "may hold text only")]
    [InlineData("<leerling>\n<bsn/>\n<bsn/></leerling>", 7L, "bsn", "appears twice")]
    [InlineData("<leerling>\n<achternaam xmlns=\"urn:other\">J</achternaam></leerling>", 6L, "achternaam", "is not an element of leerling")]
    [InlineData("<leerling x:key=\"1\" xmlns:x=\"urn:x\"><achternaam>J</achternaam></leerling>", 5L, "key", "is not an attribute of leerling")]
    [InlineData("<leerling xmlns=\"urn:thuiszitters:edex:1\">\n<achternaam>J</achternaam></leerling>", 5L, "inschrijfdatum", "is empty")]
    [InlineData("<leerling><achternaam>J</achternaam></leerling>\n<<", 6L, null, "is not well-formed XML (damaged or truncated)")]
    [InlineData("<leerling/>", 5L, "achternaam", "is empty")]
    [InlineData("<leerling><achternaam>J</achternaam><inschrijfdatum>2018-08-20<inschrijfdatum/></inschrijfdatum></leerling>", 5L, "inschrijfdatum", "may hold text only")]
    public void Rejection_IsTheSameAsWithXElement(string leerling, long line, string? field, string reason)
    {
        var rejected = TestInput.Rejection(TestInput.Read(File, Document(leerling)));

        Assert.Equal((line, field, reason), (rejected.Line, rejected.Field, rejected.Reason));
    }

    [Fact]
    public void School_AttributesAreIgnoredAndChildrenChecked()
    {
        var ok = Document("").Replace("<school>", "<school id=\"x\">", StringComparison.Ordinal);
        var twice = Document("").Replace("<school>", "<school>\n<brincode>12AB</brincode>", StringComparison.Ordinal);

        Assert.IsType<SchoolExportHeader>(Assert.Single(TestInput.Read(File, ok)));
        var rejected = TestInput.Rejection(TestInput.Read(File, twice));
        Assert.Equal((4L, "brincode", "appears twice"), (rejected.Line, rejected.Field, rejected.Reason));
    }

    [Fact]
    public void ManyPupils_KeepTheirOwnValues()
    {
        var pupils = string.Concat(Enumerable.Range(1, 300).Select(i =>
            $"<leerling key=\"{i}\"><achternaam>{new string('a', i)}</achternaam><inschrijfdatum>2018-08-20</inschrijfdatum>{(i % 2 == 0 ? "<roepnaam>R</roepnaam>" : "")}</leerling>\n"));

        var read = TestInput.Facts<PupilRecord>(TestInput.Read(File, Document(pupils)));

        Assert.Equal(300, read.Count);
        Assert.All(read, p => Assert.Equal((int.Parse(p.SourceKey!, System.Globalization.CultureInfo.InvariantCulture), p.Roepnaam), (p.Achternaam.Length, p.Achternaam.Length % 2 == 0 ? "R" : null)));
        Assert.Equal(5 + 299, read[^1].Line);
    }

    /// <summary>What the XElement version produced: the leerling loaded from a subtree, written without formatting.</summary>
    private static string OuterXmlOfFirstLeerling(string document)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
        };
        using var xml = XmlReader.Create(new StringReader(document), settings);
        Assert.True(xml.ReadToFollowing("leerling", "urn:thuiszitters:edex:1"));
        using var subtree = xml.ReadSubtree();
        return XElement.Load(subtree, LoadOptions.SetLineInfo).ToString(SaveOptions.DisableFormatting);
    }

    private static string Document(string leerlingen) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <EDEX xmlns="urn:thuiszitters:edex:1" xmlns:p="urn:thuiszitters:edex:1" xmlns:r="urn:r" xmlns:s="urn:s">
        <school><schooljaar>2025-2026</schooljaar><brincode>12AB</brincode><vestigingsnummer>00</vestigingsnummer><exportdatum>2026-03-02</exportdatum></school>
        <leerlingen>
        {leerlingen}
        </leerlingen>
        </EDEX>
        """;
}
