namespace Thuiszitters.Connectors.Tests.Rod;

public sealed class RodBatchReaderTests
{
    private const string File = "rod_VO2203_000042.txt";
    private const string Vlr = "VLR|42|P|20260301|20260228|VO2203";
    private const string Ins = "INS|111222333|12AB|00|1|20180820||VO|T";

    [Fact]
    public void Read_CompleteContractSample_YieldsEveryRecordType()
    {
        var items = TestInput.ReadContract("rod-batch", "samples", "good", "rod_VO2203_000001.txt");

        Assert.Equal(new RodBatchHeader(1, RodBatchType.Complete, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1), "VO2203") { Line = 1 }, items[0]);
        Assert.DoesNotContain(items, i => i is FileRejected);

        var persons = TestInput.Facts<RodPersonRecord>(items);
        Assert.Equal(["Çelik", "Hondt", "Nguyễn", "Yılmaz"], persons.Select(p => p.Achternaam));
        Assert.Equal(
            [new PartialDate(2014, 5, 12), new PartialDate(2013, 11, null), new PartialDate(2013, null, null), new PartialDate(2012, null, null)],
            persons.Select(p => p.Geboortedatum!.Value));
        Assert.Equal(PgnKind.Onderwijsnummer, persons[3].Pgn.Kind);
        Assert.Equal(new DateOnly(2025, 7, 1), persons[3].Startkwalificatie);
        Assert.Equal("d'", persons[1].Voorvoegsel);

        var enrolments = TestInput.Facts<RodEnrolmentRecord>(items);
        Assert.Equal(
            new RodEnrolmentRecord(new Pgn("111222333", PgnKind.Bsn), SchoolCode.Parse("12AB00"), 1, new DateOnly(2018, 8, 20), new DateOnly(2026, 2, 27), "VO", 'T') { Line = 7 },
            enrolments[0]);
        Assert.Equal(("VSO", 'A', 2), (enrolments[2].Sector, enrolments[2].Mutatie, enrolments[2].Volgnummer));

        var reports = TestInput.Facts<RodReportRecord>(items);
        Assert.Equal(("5501", "LRV", 'B', (DateOnly?)null, (string?)null), (reports[0].Meldingsnummer, reports[0].Soort, reports[0].Status, reports[0].End, reports[0].RedenIngetrokken));
        Assert.Equal(('I', "V"), (reports[1].Status, reports[1].RedenIngetrokken));

        var exemptions = TestInput.Facts<RodExemptionRecord>(items);
        Assert.Equal(("5A", (GemeenteCode?)new GemeenteCode("0361")), (exemptions[0].Artikel, exemptions[0].Gemeente));
        Assert.Equal(("3A", (DateOnly?)null, (GemeenteCode?)null), (exemptions[1].Artikel, exemptions[1].End, exemptions[1].Gemeente));

        var link = Assert.Single(TestInput.Facts<RodLinkRecord>(items));
        Assert.Equal((new Pgn("200033311", PgnKind.Bsn), new Pgn("101222331", PgnKind.Onderwijsnummer)), (link.Bsn, link.Onderwijsnummer));

        var quarantined = Assert.Single(TestInput.Facts<QuarantinedRecord>(items));
        Assert.Equal((6L, "PER.pgn", "fails the elfproef", "111222334"), (quarantined.Line, quarantined.Field, quarantined.Reason, quarantined.RawIdentifier));
        Assert.Equal("PER|111222334|20140130|Müller||Jan|0361|1813EF|", quarantined.RawText);
    }

    [Fact]
    public void Read_PartialContractSample_KeepsMutationAndQuarantine()
    {
        var items = TestInput.ReadContract("rod-batch", "samples", "good", "rod_VO2203_000002.txt");

        Assert.Equal(RodBatchType.Partial, Assert.IsType<RodBatchHeader>(items[0]).Type);
        Assert.Equal(['V', 'T'], TestInput.Facts<RodEnrolmentRecord>(items).Select(e => e.Mutatie));
        Assert.Equal("INS.pgn", Assert.Single(TestInput.Facts<QuarantinedRecord>(items)).Field);
        Assert.DoesNotContain(items, i => i is FileRejected);
    }

    [Fact]
    public void Read_SlrCountOffByOne_RejectsWithBothCounts()
    {
        var rejected = TestInput.Rejection(TestInput.Read(File, TestInput.Lines("\n", Vlr, Ins, Ins, "SLR|0|3|0|0|0")));

        Assert.Equal((4L, "SLR", "SLR count of INS is 3, file has 2"), (rejected.Line, rejected.Field, rejected.Reason));
    }

    [Fact]
    public void Read_QuarantinedLines_CountForSlr()
    {
        var items = TestInput.Read(File, TestInput.Lines("\n", Vlr, Ins, "INS|111222334|12AB|00|1|20180820||VO|T", "SLR|0|2|0|0|0"));

        Assert.Equal(3, items.Count);
        Assert.IsType<QuarantinedRecord>(items[2]);
    }

    [Theory]
    [InlineData(new[] { Vlr, Ins }, 2, "file ends without an SLR record (truncated?)")]
    [InlineData(new[] { Ins, "SLR|0|1|0|0|0" }, 1, "first record is not VLR")]
    [InlineData(new[] { Vlr, Ins, "SLR|0|1|0|0|0", Ins }, 4, "record after SLR")]
    [InlineData(new[] { Vlr, Vlr, "SLR|0|0|0|0|0" }, 2, "second VLR record")]
    [InlineData(new[] { Vlr, "XYZ|1", "SLR|0|0|0|0|0" }, 2, "unknown record type (expected PER, INS, VZM, VRS, KOP or SLR)")]
    [InlineData(new[] { Vlr, "ins|111222333|12AB|00|1|20180820||VO|T", "SLR|0|1|0|0|0" }, 2, "unknown record type (expected PER, INS, VZM, VRS, KOP or SLR)")]
    [InlineData(new[] { Vlr, "INS|111222333|12AB|00|1|20180820||VO", "SLR|0|1|0|0|0" }, 2, "record has 8 fields, expected 9")]
    [InlineData(new[] { Vlr, Ins + "|", "SLR|0|1|0|0|0" }, 2, "record has 10 fields, expected 9")]
    [InlineData(new[] { Vlr, Ins, "SLR|0|1|0|0" }, 3, "record has 5 fields, expected 6")]
    [InlineData(new[] { Vlr, Ins, "", "SLR|0|1|0|0|0" }, 3, "empty line before the end of the file")]
    public void Read_BrokenStructure_RejectsTheFile(string[] lines, long line, string reason)
    {
        var rejected = TestInput.Rejection(TestInput.Read(File, TestInput.Lines("\n", lines)));

        Assert.Equal((line, reason), (rejected.Line, rejected.Reason));
    }

    [Theory]
    [InlineData("VLR|42|X|20260301|20260228|VO2203", "VLR.type")]
    [InlineData("VLR|42|p|20260301|20260228|VO2203", "VLR.type")]
    [InlineData("VLR|43|P|20260301|20260228|VO2203", "VLR.batchnummer")]
    [InlineData("VLR|4x|P|20260301|20260228|VO2203", "VLR.batchnummer")]
    [InlineData("VLR|42|P|20260301|20260228|VO2204", "VLR.recipient")]
    [InlineData("VLR|42|P|20260231|20260228|VO2203", "VLR.aanmaakdatum")]
    public void Read_BadVlr_RejectsAtField(string vlr, string field)
    {
        var items = TestInput.Read(File, TestInput.Lines("\n", vlr, "SLR|0|0|0|0|0"));

        var rejected = Assert.IsType<FileRejected>(Assert.Single(items));
        Assert.Equal((1L, field), (rejected.Line, rejected.Field));
    }

    [Theory]
    [InlineData("INS|111222333|12AB|00|1|20260231||VO|T", "INS.begindatum")]
    [InlineData("INS|111222333|12AB|00|1|20261301||VO|T", "INS.begindatum")]
    [InlineData("INS|111222333|12AB|00|1|2018-08-20||VO|T", "INS.begindatum")]
    [InlineData("INS|111222333|12AB|00|1|20180820|20180819|VO|T", "INS.einddatum")]
    [InlineData("INS|111222333|12AB|00|1|20180820||HBO|T", "INS.sector")]
    [InlineData("INS|111222333|12AB|00|1|20180820||VO|X", "INS.mutatie")]
    [InlineData("INS|111222333|12AB|00|1|20180820||VO|TT", "INS.mutatie")]
    [InlineData("INS|111222333|12ab|00|1|20180820||VO|T", "INS.brin")]
    [InlineData("INS|111222333|12AB|0|1|20180820||VO|T", "INS.vestiging")]
    [InlineData("INS|111222333|12AB|00|0|20180820||VO|T", "INS.volgnummer")]
    [InlineData("PER|111222333|20141301|Jansen||Piet|0361|1811AB|", "PER.geboortedatum")]
    [InlineData("PER|111222333|20140512|||Piet|0361|1811AB|", "PER.achternaam")]
    [InlineData("PER|111222333|20140512|Jansen||Piet|361|1811AB|", "PER.woongemeente")]
    [InlineData("VZM|5501|111222333|12AB|00|XYZ|20260202||B|", "VZM.soort")]
    [InlineData("VZM|5501|111222333|12AB|00|LRV|20260202||Q|", "VZM.status")]
    [InlineData("VZM||111222333|12AB|00|LRV|20260202||B|", "VZM.meldingsnummer")]
    [InlineData("VRS|111222333|5D|20250801||0361", "VRS.artikel")]
    [InlineData("VRS|111222333|5A|||0361", "VRS.begindatum")]
    public void Read_BadFieldOrCode_RejectsAtField(string record, string field)
    {
        var rejected = TestInput.Rejection(TestInput.Read(File, TestInput.Lines("\r\n", Vlr, Ins, record, "SLR|1|1|1|1|1")));

        Assert.Equal((3L, field), (rejected.Line, rejected.Field));
    }

    [Fact]
    public void Read_BadFieldInQuarantinableRecord_StillRejects()
    {
        var rejected = TestInput.Rejection(TestInput.Read(File, TestInput.Lines("\n", Vlr, "INS|111222334|12AB|00|1|20180820||XX|T", "SLR|0|1|0|0|0")));

        Assert.Equal("INS.sector", rejected.Field);
    }

    [Theory]
    [InlineData("PER||20140512|Jansen||Piet|0361|1811AB|", "PER.pgn", "is empty")]
    [InlineData("PER|111222334|20140512|Jansen||Piet|0361|1811AB|", "PER.pgn", "fails the elfproef")]
    [InlineData("VZM|1|1112224|12AB|00|LRV|20260202||B|", "VZM.pgn", "fails the elfproef")]
    [InlineData("VRS|11122233X|5A|20250801||", "VRS.pgn", "is not 9 digits")]
    [InlineData("KOP|111222334|101222331", "KOP.bsn", "fails the elfproef")]
    [InlineData("KOP|111222333|111222333", "KOP.onderwijsnummer", "does not start with 10")]
    [InlineData("KOP|111222333|", "KOP.onderwijsnummer", "is empty")]
    public void Read_InvalidPgn_QuarantinesRecordAndGoesOn(string record, string field, string reason)
    {
        var type = record[..3];
        int[] counts = [type == "PER" ? 1 : 0, 1, type == "VZM" ? 1 : 0, type == "VRS" ? 1 : 0, type == "KOP" ? 1 : 0];
        var items = TestInput.Read(File, TestInput.Lines("\n", Vlr, record, Ins, "SLR|" + string.Join('|', counts)));

        Assert.DoesNotContain(items, i => i is FileRejected);
        var quarantined = Assert.IsType<QuarantinedRecord>(items[1]);
        Assert.Equal((File, 2L, field, reason, record), (quarantined.File, quarantined.Line, quarantined.Field, quarantined.Reason, quarantined.RawText));
        Assert.IsType<RodEnrolmentRecord>(items[2]);
    }

    [Fact]
    public void Read_PgnStartingWith10_IsOnderwijsnummerWhenItPassesThatCheck()
    {
        var items = TestInput.Read(File, TestInput.Lines("\n", Vlr, "INS|101222331|12AB|00|1|20180820||PO|T", "SLR|0|1|0|0|0"));

        Assert.Equal(new Pgn("101222331", PgnKind.Onderwijsnummer), Assert.IsType<RodEnrolmentRecord>(items[1]).Pgn);
    }

    [Fact]
    public void Read_InvalidUtf8_RejectsTheFile()
    {
        byte[] bytes = [.. TestInput.Utf8NoBom.GetBytes(Vlr + "\nPER|111222333|20140512|M"), 0xFC, .. "ller||Jan|||\nSLR|1|0|0|0|0\n"u8];

        var rejected = TestInput.Rejection(TestInput.Read(File, bytes));

        Assert.StartsWith("invalid UTF-8", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal(2, rejected.Line);
    }

    [Theory]
    [InlineData("bad", "rod_VO2203_000003.txt", 4, "SLR count of INS is 3, file has 2")]
    [InlineData("bad", "rod_VO2203_000004.txt", 3, "file ends without an SLR record (truncated?)")]
    [InlineData("bad", "rod_VO2203_000005.txt", 1, "is not C or P")]
    [InlineData("bad", "rod_VO2203_000006.txt", 2, "is not a valid date (yyyymmdd)")]
    [InlineData("bad", "rod_VO2203_000007.txt", 3, "unknown record type (expected PER, INS, VZM, VRS, KOP or SLR)")]
    [InlineData("bad", "rod_VO2203_000008.txt", 1, "first record is not VLR")]
    public void Read_BadContractSample_IsRejectedAsDocumented(string folder, string file, long line, string reason)
    {
        var items = TestInput.ReadContract("rod-batch", "samples", folder, file);

        var rejected = TestInput.Rejection(items);
        Assert.Equal((file, line, reason), (rejected.File, rejected.Line, rejected.Reason));
    }
}
