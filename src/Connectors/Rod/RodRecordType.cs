namespace Thuiszitters.Connectors.Rod;

/// <summary>The fact record types of a ROD batch, in the order of the counts in <c>SLR</c>.</summary>
internal enum RodRecordType
{
    Per,
    Ins,
    Vzm,
    Vrs,
    Kop,
}
