namespace Thuiszitters.Generator.People;

/// <summary>How a generated person is identified across the sources.</summary>
internal enum Identity
{
    /// <summary>A BSN everywhere.</summary>
    Bsn,

    /// <summary>Schools know an onderwijsnummer; DUO knows the BSN and links both with a KOP record.</summary>
    KopLinked,

    /// <summary>Only an onderwijsnummer (no BSN yet); not in the BRP.</summary>
    OnderwijsnummerOnly,
}
