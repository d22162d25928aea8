namespace Thuiszitters.Generator;

/// <summary>The encodings school CSV exports arrive in (INPUTS.md B).</summary>
internal enum CsvFlavour
{
    Utf8WithBom,
    Utf8WithoutBom,
    Windows1252,
}
