namespace Thuiszitters.Generator;

/// <summary>One school (BRIN + vestiging) of the generated region and the way it delivers data.</summary>
internal sealed record SchoolInfo(string Code, Sector Sector, ExportKind Export, CsvFlavour Flavour, char DecimalSeparator)
{
    public string Brin => Code[..4];

    public string Vestiging => Code[4..];

    public bool Exports => Export != ExportKind.None;
}
