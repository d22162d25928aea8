namespace Thuiszitters.Connectors.Tests.SchoolCsv;

public sealed class PupilsCsvReaderTests
{
    private const string File = "leerlingen_12AB00_20260302.csv";
    private const string Header = "Stamnummer;BSN;Onderwijsnummer;Achternaam;Tussenvoegsel;Voornamen;Roepnaam;Geboortedatum;Geslacht;Postcode;Gemeentecode;Datum inschrijving;Datum uitschrijving;Reden uitschrijving;Naar school";
    private const string Jansen = "1000;111222333;;Jansen;;Piet;;20-05-2013;M;1811AB;0361;18-08-2025;;;";

    [Fact]
    public void Read_ContractSample_YieldsHeaderPupilsAndOneQuarantine()
    {
        var items = TestInput.ReadContract("school-csv", "samples", "good", File);

        Assert.Equal(new SchoolExportHeader(SchoolExportKind.Pupils, SchoolCode.Parse("12AB00"), new DateOnly(2026, 3, 2)) { Line = 1 }, items[0]);
        var pupils = TestInput.Facts<PupilRecord>(items);
        Assert.Equal(["Çelik", "Hondt", "Nguyễn", "Müller"], pupils.Select(p => p.Achternaam));
        Assert.DoesNotContain(items, i => i is FileRejected);

        var celik = pupils[0];
        Assert.Equal("1000", celik.SourceKey);
        Assert.Equal(new Pgn("111222333", PgnKind.Bsn), celik.Bsn);
        Assert.Equal(new PartialDate(2014, 5, 12), celik.Geboortedatum);
        Assert.Equal(new DateOnly(2026, 2, 27), celik.Uitschrijfdatum);
        Assert.Equal("VERHUIZING; naar \"De Vlieger\"", celik.RedenUitschrijving);
        Assert.Equal(SchoolCode.Parse("34CD00"), celik.Bestemming);
        Assert.Equal(new GemeenteCode("0361"), celik.Woongemeente);
        Assert.Equal("V", celik.Geslacht);

        Assert.Equal(new Pgn("101222331", PgnKind.Onderwijsnummer), pupils[1].Pgn);
        Assert.Equal("d'", pupils[1].Voorvoegsel);
        Assert.Null(pupils[2].Pgn);
        Assert.Equal("012345611", pupils[3].Bsn?.Value);
        Assert.Equal("van der", pupils[3].Voorvoegsel);

        var quarantined = Assert.Single(TestInput.Facts<QuarantinedRecord>(items));
        Assert.Equal((5L, "BSN", "fails the elfproef", "111222334"), (quarantined.Line, quarantined.Field, quarantined.Reason, quarantined.RawIdentifier));
        Assert.Equal("1003;Yılmaz;;Ayşe;;111222334;;30-01-2014;V;1812CD;0361;20-08-2018;;;;6a", quarantined.RawText);
    }

    [Fact]
    public void Read_Windows1252Sample_ReadsDiacriticsExactly()
    {
        var items = TestInput.ReadContract("school-csv", "samples", "good", "leerlingen_34CD00_20260302.csv");

        var pupils = TestInput.Facts<PupilRecord>(items);
        Assert.Equal(["Çelik", "Müller", "Hondt", "Böhm"], pupils.Select(p => p.Achternaam));
        Assert.Equal(["Elif", "Jürgen", "Loïc", "Zoë"], pupils.Select(p => p.Voornamen));
        Assert.Equal("d'", pupils[2].Voorvoegsel);
    }

    [Fact]
    public void Read_LineEndingsLfAndCrlf_GiveSameRecords()
    {
        var lf = TestInput.Read(File, TestInput.Lines("\n", Header, Jansen, Jansen.Replace("1000", "1001", StringComparison.Ordinal)));
        var crlf = TestInput.Read(File, TestInput.Lines("\r\n", Header, Jansen, Jansen.Replace("1000", "1001", StringComparison.Ordinal)));

        Assert.Equal(3, lf.Count);
        Assert.Equal(lf, crlf);
    }

    [Fact]
    public void Read_HeaderInOtherCaseAndOrderWithExtraColumn_MapsByName()
    {
        var items = TestInput.Read(File, TestInput.Lines(
            "\n",
            "Klas;ACHTERNAAM;datum inschrijving;BSN;Onderwijsnummer;Stamnummer;Tussenvoegsel;Voornamen;Roepnaam;Geboortedatum;Geslacht;Postcode;Gemeentecode;Datum uitschrijving;Reden uitschrijving;Naar school",
            "6a;de Vries;01-09-2025;111222333;;7;;;;;;;;;;"));

        var pupil = Assert.IsType<PupilRecord>(items[1]);
        Assert.Equal(("de Vries", new DateOnly(2025, 9, 1), "7"), (pupil.Achternaam, pupil.Inschrijfdatum, pupil.SourceKey));
    }

    [Fact]
    public void Read_MissingColumn_RejectsNamingTheColumn()
    {
        var items = TestInput.Read(File, TestInput.Lines("\n", Header.Replace(";Naar school", "", StringComparison.Ordinal), "1;2"));

        var rejected = Assert.IsType<FileRejected>(Assert.Single(items));
        Assert.Equal((1L, "Naar school"), (rejected.Line, rejected.Field));
        Assert.Contains("'Naar school'", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateColumn_Rejects()
    {
        var items = TestInput.Read(File, TestInput.Lines("\n", Header + ";bsn", Jansen + ";1"));

        var rejected = Assert.IsType<FileRejected>(Assert.Single(items));
        Assert.Equal((1L, "BSN", "column 'BSN' appears twice in the header"), (rejected.Line, rejected.Field, rejected.Reason));
    }

    [Fact]
    public void Read_RepeatedUnknownColumn_IsIgnored()
    {
        var items = TestInput.Read(File, TestInput.Lines("\n", Header + ";Klas;klas", Jansen + ";6a;6b"));

        Assert.IsType<PupilRecord>(items[1]);
    }

    [Fact]
    public void Read_FileWithoutHeaderRow_RejectsWithoutQuotingTheData()
    {
        var items = TestInput.Read(File, TestInput.Lines("\n", Jansen, Jansen));

        var rejected = Assert.IsType<FileRejected>(Assert.Single(items));
        Assert.Equal((1L, "Stamnummer"), (rejected.Line, rejected.Field));
        Assert.DoesNotContain("Jansen", rejected.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("111222333", rejected.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1000;111222333;;Jansen;;Piet;;20-05-2013;M;1811AB;0361;31-02-2026;;;", "Datum inschrijving", "is not a valid date (dd-mm-yyyy)")]
    [InlineData("1000;111222333;;Jansen;;Piet;;20-05-2013;M;1811AB;0361;;;;", "Datum inschrijving", "is empty")]
    [InlineData("1000;111222333;;Jansen;;Piet;;2013-05-20;M;1811AB;0361;18-08-2025;;;", "Geboortedatum", "is not a valid date (dd-mm-yyyy)")]
    [InlineData("1000;111222333;;Jansen;;Piet;;20-05-2013;J;1811AB;0361;18-08-2025;;;", "Geslacht", "is not one of M, V, X")]
    [InlineData("1000;111222333;;Jansen;;Piet;;20-05-2013;M;1811AB;361;18-08-2025;;;", "Gemeentecode", "is not a gemeentecode (4 digits)")]
    [InlineData("1000;111222333;;Jansen;;Piet;;20-05-2013;M;1811AB;0361;18-08-2025;;;12AB", "Naar school", "is not a school code (BRIN + vestiging, e.g. 12AB00)")]
    [InlineData("1000;111222333;;;;Piet;;20-05-2013;M;1811AB;0361;18-08-2025;;;", "Achternaam", "is empty")]
    [InlineData("1000;111222333;;Jansen;;Piet;;20-05-2013;M;1811AB;0361;18-08-2025;17-08-2025;;", "Datum uitschrijving", "lies before the begin date")]
    public void Read_MalformedField_RejectsFileAtLineAndField(string row, string field, string reason)
    {
        var items = TestInput.Read(File, TestInput.Lines("\r\n", Header, Jansen, row, Jansen));

        var rejected = TestInput.Rejection(items);
        Assert.Equal((File, 3L, field, reason), (rejected.File, rejected.Line, rejected.Field, rejected.Reason));
        Assert.Equal(3, items.Count);
    }

    [Fact]
    public void Read_RowWithWrongFieldCount_Rejects()
    {
        var items = TestInput.Read(File, TestInput.Lines("\n", Header, Jansen, Jansen + ";extra"));

        var rejected = TestInput.Rejection(items);
        Assert.Equal(3, rejected.Line);
        Assert.Equal("row has 16 fields, the header has 15", rejected.Reason);
    }

    [Fact]
    public void Read_EmptyLineInTheMiddle_RejectsButTrailingEmptyLinesAreFine()
    {
        var middle = TestInput.Read(File, TestInput.Lines("\n", Header, Jansen, "", Jansen));
        var trailing = TestInput.Read(File, TestInput.Lines("\n", Header, Jansen, "", ""));

        Assert.Equal(3, TestInput.Rejection(middle).Line);
        Assert.DoesNotContain(trailing, i => i is FileRejected);
        Assert.Equal(2, trailing.Count);
    }

    [Theory]
    [InlineData("1000;111222334;;Jansen;;Piet;;20-05-2013;M;1811AB;0361;18-08-2025;;;", "BSN", "fails the elfproef", "111222334")]
    [InlineData("1000;1112223330;;Jansen;;Piet;;20-05-2013;M;1811AB;0361;18-08-2025;;;", "BSN", "is not 9 digits", "1112223330")]
    [InlineData("1000;;111222333;Jansen;;Piet;;20-05-2013;M;1811AB;0361;18-08-2025;;;", "Onderwijsnummer", "does not start with 10", "111222333")]
    [InlineData("1000;;101222332;Jansen;;Piet;;20-05-2013;M;1811AB;0361;18-08-2025;;;", "Onderwijsnummer", "fails the elfproef", "101222332")]
    public void Read_InvalidIdentifier_QuarantinesOnlyThatRow(string row, string field, string reason, string raw)
    {
        var items = TestInput.Read(File, TestInput.Lines("\n", Header, Jansen, row, Jansen));

        Assert.Equal(4, items.Count);
        Assert.IsType<PupilRecord>(items[1]);
        Assert.IsType<PupilRecord>(items[3]);
        var quarantined = Assert.IsType<QuarantinedRecord>(items[2]);
        Assert.Equal((File, 3L, field, reason, raw, row), (quarantined.File, quarantined.Line, quarantined.Field, quarantined.Reason, quarantined.RawIdentifier, quarantined.RawText));
    }

    [Fact]
    public void Read_BadRowAfterQuarantine_StillRejectsTheFile()
    {
        var items = TestInput.Read(File, TestInput.Lines("\n", Header, "1000;111222334;;Jansen;;Piet;;20-05-2013;M;1811AB;0361;31-02-2026;;;"));

        Assert.Equal("Datum inschrijving", TestInput.Rejection(items).Field);
    }

    [Fact]
    public void Read_QuotedFieldWithLineBreak_ReportsLaterLinesCorrectly()
    {
        var items = TestInput.Read(File, TestInput.Lines(
            "\n",
            Header,
            "1000;111222333;;Jansen;;Piet;;20-05-2013;M;1811AB;0361;18-08-2025;;\"Verhuisd\nnaar Spanje\";",
            "1001;111222333;;Jansen;;Piet;;20-05-2013;M;1811AB;0361;99-08-2025;;;"));

        Assert.Equal("Verhuisd\nnaar Spanje", Assert.IsType<PupilRecord>(items[1]).RedenUitschrijving);
        Assert.Equal(4, TestInput.Rejection(items).Line);
    }

    [Fact]
    public void Read_Rejections_NeverContainBsnOrName()
    {
        string[] rows =
        [
            "1000;111222333;;Jansen;;Piet;;111222333;M;1811AB;0361;18-08-2025;;;",
            "1000;111222333;;Jansen;;Piet;;20-05-2013;Jansen;1811AB;0361;18-08-2025;;;",
            "1000;111222333;;Jansen;;Piet;;20-05-2013;M;1811AB;Jansen;18-08-2025;;;",
            "1000;111222333;;Jansen;;Piet;;20-05-2013;M;1811AB;0361;18-08-2025;;;Jansen",
            "1000;111222333;;Jansen;;Piet;;20-05-2013;M;1811AB;0361;Jansen;;;",
        ];

        foreach (var row in rows)
        {
            var rejected = TestInput.Rejection(TestInput.Read(File, TestInput.Lines("\n", Header, row)));
            Assert.DoesNotContain("111222333", rejected.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("Jansen", rejected.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("Piet", rejected.ToString(), StringComparison.Ordinal);
        }
    }
}
