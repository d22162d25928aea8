namespace Thuiszitters.Generator;

/// <summary>The education sector of a school, as ROD's INS record names it.</summary>
internal enum Sector
{
    PO,
    VO,
}
