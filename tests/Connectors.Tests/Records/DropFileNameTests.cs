namespace Thuiszitters.Connectors.Tests.Records;

public sealed class DropFileNameTests
{
    [Theory]
    [InlineData("05KO00_20260415.edex.xml", SourceKind.Edex, "05KO00")]
    [InlineData("leerlingen_12AB00_20260415.csv", SourceKind.PupilsCsv, "12AB00")]
    [InlineData("verzuim_12AB00_20260415.csv", SourceKind.AbsencesCsv, "12AB00")]
    [InlineData("thuiszitters_12AB00_20260415.csv", SourceKind.RegistrationsCsv, "12AB00")]
    [InlineData("brp_0361_20260415.csv", SourceKind.BrpExtract, "0361")]
    [InlineData("/drop/in/leerlingen_12AB00_20260415.csv", SourceKind.PupilsCsv, "12AB00")]
    public void TryParse_DatedName_GivesKindOwnerAndDate(string file, SourceKind kind, string owner)
    {
        Assert.True(DropFileName.TryParse(file, out var name));
        Assert.Equal(new DropFileName(kind, owner, new DateOnly(2026, 4, 15), null), name);
    }

    [Theory]
    [InlineData("rod_VO2203_000042.txt", "VO2203", 42)]
    [InlineData("rod_0361_000001.txt", "0361", 1)]
    public void TryParse_RodName_GivesRecipientAndBatch(string file, string recipient, long batch)
    {
        Assert.True(DropFileName.TryParse(file, out var name));
        Assert.Equal(new DropFileName(SourceKind.RodBatch, recipient, null, batch), name);
    }

    [Theory]
    [InlineData("leerlingen_12ab00_20260415.csv")]
    [InlineData("leerlingen_12AB00_20260231.csv")]
    [InlineData("leerlingen_12AB00.csv")]
    [InlineData("leerlingen_12AB00_20260415_2.csv")]
    [InlineData("personen_12AB00_20260415.csv")]
    [InlineData("brp_361_20260415.csv")]
    [InlineData("rod_VO2203_00A1.txt")]
    [InlineData("rod__000001.txt")]
    [InlineData("export.edex.xml")]
    [InlineData("05KO00_20260415.xml")]
    [InlineData("readme.md")]
    public void TryParse_OtherName_Fails(string file)
    {
        Assert.False(DropFileName.TryParse(file, out var name));
        Assert.Null(name);
    }
}
