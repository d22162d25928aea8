namespace Thuiszitters.Generator;

/// <summary>A gemeente by CBS code, with the 4-digit postcode areas its residents live in.</summary>
internal sealed record GemeenteInfo(string Code, string Name, int Weight, IReadOnlyList<int> PostcodeAreas)
{
    /// <summary>The encoding of this gemeente's BRP extract.</summary>
    public CsvFlavour Flavour { get; init; } = CsvFlavour.Utf8WithBom;
}
