using Thuiszitters.Gateway.Ingest;

namespace Thuiszitters.Gateway.Tests.Ingest;

public sealed class DeliveryOrderTests
{
    [Fact]
    public void Sort_MixedFolder_BrpThenRodByRecipientAndBatchThenSchoolExportsByDateThenUnknown()
    {
        string[] files =
        [
            "notes.txt",
            "verzuim_12AB00_20260301.csv",
            "leerlingen_12AB00_20260415.csv",
            "rod_VO2203_000010.txt",
            "05KO00_20260301.edex.xml",
            "rod_VO2203_000002.txt",
            "brp_0361_20260401.csv",
            "rod_PO2703_000001.txt",
            "leerlingen_12AB00_20260301.csv",
            "brp_0361_20260301.csv",
        ];

        var sorted = DeliveryOrder.Sort(files.Select(f => Path.Combine("/drop", f))).Select(Path.GetFileName);

        Assert.Equal(
            [
                "brp_0361_20260301.csv",
                "brp_0361_20260401.csv",
                "rod_PO2703_000001.txt",
                "rod_VO2203_000002.txt",
                "rod_VO2203_000010.txt",
                "05KO00_20260301.edex.xml",
                "leerlingen_12AB00_20260301.csv",
                "verzuim_12AB00_20260301.csv",
                "leerlingen_12AB00_20260415.csv",
                "notes.txt",
            ],
            sorted);
    }
}
