namespace Thuiszitters.Generator;

/// <summary>How a school delivers its own administration, if at all.</summary>
internal enum ExportKind
{
    /// <summary>No exports: only ROD knows the school's enrolments.</summary>
    None,

    /// <summary>EDEX XML pupils file plus the verzuim and thuiszitters CSV files.</summary>
    Edex,

    /// <summary>The three CSV files (leerlingen, verzuim, thuiszitters).</summary>
    Csv,
}
