namespace Thuiszitters.Connectors.Tests.SchoolCsv;

public sealed class AbsencesCsvReaderTests
{
    private const string File = "verzuim_12AB00_20260302.csv";
    private const string Header = "Stamnummer;BSN;Onderwijsnummer;Datum;Uren;Code";

    [Fact]
    public void Read_ContractSample_YieldsEveryCodeAndHours()
    {
        var items = TestInput.ReadContract("school-csv", "samples", "good", File);

        Assert.Equal(new SchoolExportHeader(SchoolExportKind.Absences, SchoolCode.Parse("12AB00"), new DateOnly(2026, 3, 2)) { Line = 1 }, items[0]);
        var absences = TestInput.Facts<AbsenceRecord>(items);
        Assert.Equal(
            [AbsenceCode.Ongeoorloofd, AbsenceCode.Luxe, AbsenceCode.Ziek, AbsenceCode.Geoorloofd, AbsenceCode.Schorsing, AbsenceCode.Verlof11F, AbsenceCode.Verlof11G],
            absences.Select(a => a.Code));
        Assert.Equal([6m, 6.5m, 2.5m, 6m, 6m, 6m, 6m], absences.Select(a => a.Hours));
        Assert.Equal(new DateOnly(2026, 2, 2), absences[0].Date);
        Assert.Equal("1002", absences[3].Stamnummer);
        Assert.Null(absences[3].Pgn);
        Assert.Equal(9, Assert.Single(TestInput.Facts<QuarantinedRecord>(items)).Line);
    }

    [Theory]
    [InlineData("ONGEOORLOOFD", true)]
    [InlineData("LUXE", true)]
    [InlineData("ZIEK", false)]
    [InlineData("GEOORLOOFD", false)]
    [InlineData("SCHORSING", false)]
    [InlineData("VERLOF_11F", false)]
    [InlineData("VERLOF_11G", false)]
    public void Read_Code_MarksUnauthorisedAbsence(string code, bool unauthorised)
    {
        var items = TestInput.Read(File, TestInput.Lines("\n", Header, $"1;111222333;;02-02-2026;6;{code}"));

        var absence = Assert.IsType<AbsenceRecord>(items[1]);
        Assert.Equal(unauthorised, absence.IsUnauthorised);
        Assert.Equal(unauthorised, absence.Code.IsUnauthorised());
    }

    [Theory]
    [InlineData("6", 6)]
    [InlineData("6,5", 6.5)]
    [InlineData("6.5", 6.5)]
    [InlineData("0,25", 0.25)]
    [InlineData("24", 24)]
    public void Read_Hours_AcceptsCommaAndPoint(string raw, double expected)
    {
        var items = TestInput.Read(File, TestInput.Lines("\n", Header, $"1;;;02-02-2026;{raw};ZIEK"));

        Assert.Equal((decimal)expected, Assert.IsType<AbsenceRecord>(items[1]).Hours);
    }

    [Theory]
    [InlineData("1;;;02-02-2026;zes;ZIEK", "Uren")]
    [InlineData("1;;;02-02-2026;-1;ZIEK", "Uren")]
    [InlineData("1;;;02-02-2026;0;ZIEK", "Uren")]
    [InlineData("1;;;02-02-2026;25;ZIEK", "Uren")]
    [InlineData("1;;;02-02-2026;1.000,5;ZIEK", "Uren")]
    [InlineData("1;;;02-02-2026;;ZIEK", "Uren")]
    [InlineData("1;;;02-02-2026;6;ZIEKTE", "Code")]
    [InlineData("1;;;02-02-2026;6;ziek", "Code")]
    [InlineData("1;;;02-02-2026;6;", "Code")]
    [InlineData("1;;;2026-02-02;6;ZIEK", "Datum")]
    [InlineData("1;;;29-02-2026;6;ZIEK", "Datum")]
    public void Read_MalformedRow_RejectsAtField(string row, string field)
    {
        var items = TestInput.Read(File, TestInput.Lines("\n", Header, "1;;;02-02-2026;6;ZIEK", row));

        var rejected = TestInput.Rejection(items);
        Assert.Equal((2L + 1, field), (rejected.Line, rejected.Field));
    }

    [Fact]
    public void Read_RowNamingNoPupil_Rejects()
    {
        var items = TestInput.Read(File, TestInput.Lines("\n", Header, ";;;02-02-2026;6;ZIEK"));

        var rejected = TestInput.Rejection(items);
        Assert.Equal(2, rejected.Line);
        Assert.Contains("names no pupil", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownCode_ReasonListsTheCodesNotTheValue()
    {
        var items = TestInput.Read(File, TestInput.Lines("\n", Header, "1;;;02-02-2026;6;Jansen"));

        var rejected = TestInput.Rejection(items);
        Assert.Equal("is not one of ZIEK, GEOORLOOFD, ONGEOORLOOFD, LUXE, SCHORSING, VERLOF_11F, VERLOF_11G", rejected.Reason);
    }
}
