namespace Thuiszitters.Connectors.Tests.SchoolCsv;

public sealed class RegistrationsCsvReaderTests
{
    private const string File = "thuiszitters_12AB00_20260302.csv";
    private const string Header = "BSN;Onderwijsnummer;Startdatum;Einddatum;Reden;Aanbod;Plan;Regiehouder;Gemeld op";

    [Fact]
    public void Read_ContractSample_YieldsOpenAndClosedRegistration()
    {
        var items = TestInput.ReadContract("school-csv", "samples", "good", File);

        Assert.Equal(SchoolExportKind.Registrations, Assert.IsType<SchoolExportHeader>(items[0]).Kind);
        var registrations = TestInput.Facts<RegistrationRecord>(items);
        Assert.Equal(2, registrations.Count);

        var open = registrations[0];
        Assert.Equal(
            (new DateOnly(2026, 2, 2), (DateOnly?)null, "PSYCHISCH", false, true, "Leerplicht Alkmaar; team Noord", new DateOnly(2026, 2, 9)),
            (open.Start, open.End, open.Reden, open.Aanbod, open.Plan, open.Regiehouder, open.GemeldOp));
        Assert.Equal(new Pgn("101222331", PgnKind.Onderwijsnummer), registrations[1].Pgn);
        Assert.Equal(new DateOnly(2026, 1, 30), registrations[1].End);
    }

    [Theory]
    [InlineData("PSYCHISCH")]
    [InlineData("LICHAMELIJK")]
    [InlineData("GEDRAG")]
    [InlineData("SCHOOLANGST")]
    [InlineData("ONDERWIJSAANBOD")]
    [InlineData("GEZIN")]
    [InlineData("ONBEKEND")]
    public void Read_EveryReden_IsAccepted(string reden)
    {
        var items = TestInput.Read(File, TestInput.Lines("\n", Header, $"111222333;;02-02-2026;;{reden};J;N;;09-02-2026"));

        var registration = Assert.IsType<RegistrationRecord>(items[1]);
        Assert.Equal((reden, true, false, (string?)null), (registration.Reden, registration.Aanbod, registration.Plan, registration.Regiehouder));
    }

    [Theory]
    [InlineData("111222333;;02-02-2026;;VERVEELD;J;N;;09-02-2026", "Reden")]
    [InlineData("111222333;;02-02-2026;;GEZIN;Ja;N;;09-02-2026", "Aanbod")]
    [InlineData("111222333;;02-02-2026;;GEZIN;J;;;09-02-2026", "Plan")]
    [InlineData("111222333;;31-02-2026;;GEZIN;J;N;;09-02-2026", "Startdatum")]
    [InlineData("111222333;;02-02-2026;01-02-2026;GEZIN;J;N;;09-02-2026", "Einddatum")]
    [InlineData("111222333;;02-02-2026;;GEZIN;J;N;;", "Gemeld op")]
    public void Read_MalformedRow_RejectsAtField(string row, string field)
    {
        var rejected = TestInput.Rejection(TestInput.Read(File, TestInput.Lines("\n", Header, row)));

        Assert.Equal((2L, field), (rejected.Line, rejected.Field));
    }

    [Fact]
    public void Read_RowWithoutBsnOrOnderwijsnummer_Rejects()
    {
        var rejected = TestInput.Rejection(TestInput.Read(File, TestInput.Lines("\n", Header, ";;02-02-2026;;GEZIN;J;N;;09-02-2026")));

        Assert.Contains("names no pupil", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidBsn_QuarantinesTheRegistration()
    {
        var items = TestInput.Read(File, TestInput.Lines("\n", Header, "111222334;;02-02-2026;;GEZIN;J;N;;09-02-2026"));

        var quarantined = Assert.IsType<QuarantinedRecord>(items[1]);
        Assert.Equal(("BSN", "fails the elfproef"), (quarantined.Field, quarantined.Reason));
        Assert.Equal(2, items.Count);
    }
}
