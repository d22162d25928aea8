using System.Text;

namespace Thuiszitters.Connectors.Tests;

public sealed class SourceReaderTests
{
    [Theory]
    [InlineData("notes.txt")]
    [InlineData("leerlingen_12ab00_20260302.csv")]
    [InlineData("verzuim_0361_20260302.csv")]
    [InlineData("brp_12AB00_20260302.csv")]
    [InlineData("12AB00.edex.xml")]
    public void Read_UnknownFileNameOrOwner_YieldsSingleRejection(string fileName)
    {
        var items = TestInput.Read(fileName, "Stamnummer;BSN;Onderwijsnummer;Datum;Uren;Code\n");

        var rejected = Assert.IsType<FileRejected>(Assert.Single(items));
        Assert.Equal(fileName, rejected.File);
        Assert.Equal(0, rejected.Line);
        Assert.Contains("file name", rejected.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("05KO00_20260415.edex.xml")]
    [InlineData("leerlingen_05KO00_20260415.csv")]
    [InlineData("verzuim_05KO00_20260415.csv")]
    [InlineData("thuiszitters_05KO00_20260415.csv")]
    [InlineData("rod_VO2203_000001.txt")]
    [InlineData("brp_0361_20260415.csv")]
    public void Read_EmptyFileOfAnyKind_IsRejected(string fileName)
    {
        var items = TestInput.Read(fileName, []);

        var rejected = Assert.IsType<FileRejected>(Assert.Single(items));
        Assert.Equal(fileName, rejected.File);
        Assert.Contains("empty", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileNameWithDirectory_ReportsBareFileName()
    {
        var items = TestInput.Read("/drop/rod_VO2203_000001.txt", "VLR|1|C|20260301|20260301|VO2203\n");

        Assert.Equal("rod_VO2203_000001.txt", TestInput.Rejection(items).File);
    }

    [Fact]
    public void Read_IsLazy_DoesNotTouchTheStreamUntilEnumerated()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("VLR|1|C|20260301|20260301|VO2203\nSLR|0|0|0|0|0\n"));
        var items = SourceReader.Read(stream, "rod_VO2203_000001.txt");

        Assert.Equal(0, stream.Position);
        Assert.IsType<RodBatchHeader>(items.First());
    }

    [Fact]
    public void Read_DoesNotDisposeTheCallersStream()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("VLR|1|C|20260301|20260301|VO2203\nSLR|0|0|0|0|0\n"));

        _ = SourceReader.Read(stream, "rod_VO2203_000001.txt").ToList();

        Assert.True(stream.CanRead);
    }
}
