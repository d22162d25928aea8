namespace Thuiszitters.Connectors.Tests.Brp;

public sealed class BrpExtractReaderTests
{
    private const string File = "brp_0361_20260301.csv";
    private const string Header = "BSN;Geboortedatum;Achternaam;Voorvoegsel;Voornamen;Postcode;Datum vestiging;Datum vertrek";

    [Fact]
    public void Read_ContractSample_YieldsResidentsAndQuarantine()
    {
        var items = TestInput.ReadContract("brp", "samples", "good", File);

        Assert.Equal(new BrpHeader(new GemeenteCode("0361"), new DateOnly(2026, 3, 1)) { Line = 1 }, items[0]);
        var residents = TestInput.Facts<ResidentRecord>(items);
        Assert.Equal(["Çelik", "Hondt", "Nguyễn", "Müller"], residents.Select(r => r.Achternaam));
        Assert.Equal("012345611", residents[3].Bsn.Value);
        Assert.Equal("Jan; Peter", residents[3].Voornamen);
        Assert.Equal(new DateOnly(2026, 2, 28), residents[3].DatumVertrek);
        Assert.Equal(new DateOnly(2026, 1, 15), residents[2].DatumVestiging);
        Assert.Equal(new PartialDate(2014, 5, 12), residents[0].Geboortedatum);

        var quarantined = Assert.Single(TestInput.Facts<QuarantinedRecord>(items));
        Assert.Equal((6L, "BSN", "fails the elfproef"), (quarantined.Line, quarantined.Field, quarantined.Reason));
    }

    [Fact]
    public void Read_EmptyBsn_IsQuarantinedBecauseBrpRequiresIt()
    {
        var items = TestInput.Read(File, TestInput.Lines("\n", Header, ";12-05-2014;Jansen;;Piet;1811AB;;"));

        var quarantined = Assert.IsType<QuarantinedRecord>(items[1]);
        Assert.Equal(("BSN", "is empty"), (quarantined.Field, quarantined.Reason));
    }

    [Fact]
    public void Read_MissingColumn_RejectsNamingIt()
    {
        var rejected = TestInput.Rejection(TestInput.ReadContract("brp", "samples", "bad", "brp_0361_20260302.csv"));

        Assert.Equal((1L, "Datum vestiging"), (rejected.Line, rejected.Field));
    }

    [Fact]
    public void Read_DateInWrongNotation_Rejects()
    {
        var rejected = TestInput.Rejection(TestInput.ReadContract("brp", "samples", "bad", "brp_0361_20260303.csv"));

        Assert.Equal((2L, "Geboortedatum"), (rejected.Line, rejected.Field));
    }

    [Fact]
    public void Read_DepartureBeforeLaterSettlement_IsAccepted()
    {
        var items = TestInput.Read(File, TestInput.Lines("\n", Header, "111222333;12-05-2014;Jansen;;Piet;1811AB;01-01-2026;01-06-2025"));

        Assert.IsType<ResidentRecord>(items[1]);
    }
}
