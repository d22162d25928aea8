namespace Thuiszitters.Connectors.Tests;

/// <summary>Every sample in <c>contracts/</c> behaves as its folder says: good files are read whole, bad files are refused.</summary>
public sealed class ContractSampleTests
{
    public static TheoryData<string, string> Samples(string verdict)
    {
        var data = new TheoryData<string, string>();
        foreach (var exchange in new[] { "edex", "school-csv", "rod-batch", "brp" })
        {
            foreach (var file in Directory.GetFiles(TestInput.ContractPath(exchange, "samples", verdict)))
            {
                data.Add(exchange, Path.GetFileName(file));
            }
        }

        return data;
    }

    public static TheoryData<string, string> GoodSamples() => Samples("good");

    public static TheoryData<string, string> BadSamples() => Samples("bad");

    [Theory]
    [MemberData(nameof(GoodSamples))]
    public void GoodSample_IsReadWithHeaderFirstAndNoRejection(string exchange, string file)
    {
        var items = TestInput.ReadContract(exchange, "samples", "good", file);

        Assert.True(items[0] is SchoolExportHeader or RodBatchHeader or BrpHeader, $"first item is {items[0].GetType().Name}");
        Assert.DoesNotContain(items, i => i is FileRejected);
        Assert.All(items.Skip(1), i => Assert.False(i is SchoolExportHeader or RodBatchHeader or BrpHeader));
    }

    [Theory]
    [MemberData(nameof(BadSamples))]
    public void BadSample_IsRefusedAsAWhole(string exchange, string file)
    {
        var items = TestInput.ReadContract(exchange, "samples", "bad", file);

        var rejected = TestInput.Rejection(items);
        Assert.Equal(file, rejected.File);
        Assert.False(string.IsNullOrWhiteSpace(rejected.Reason));
    }

    [Theory]
    [InlineData("school-csv", "leerlingen_12AB00_20260303.csv", 1, "Datum inschrijving")]
    [InlineData("school-csv", "leerlingen_12AB00_20260304.csv", 1, "BSN")]
    [InlineData("school-csv", "leerlingen_12AB00_20260305.csv", 0, null)]
    [InlineData("school-csv", "verzuim_12AB00_20260303.csv", 3, "Code")]
    [InlineData("school-csv", "verzuim_12AB00_20260304.csv", 3, null)]
    [InlineData("school-csv", "thuiszitters_12AB00_20260303.csv", 2, "Startdatum")]
    public void BadCsvSample_IsRefusedAtTheDocumentedLineAndField(string exchange, string file, long line, string? field)
    {
        var rejected = TestInput.Rejection(TestInput.ReadContract(exchange, "samples", "bad", file));

        Assert.Equal((line, field), (rejected.Line, rejected.Field));
    }
}
