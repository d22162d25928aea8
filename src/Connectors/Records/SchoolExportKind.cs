namespace Thuiszitters.Connectors;

public enum SchoolExportKind
{
    /// <summary>Pupils and their enrolment: an EDEX export or <c>leerlingen_*.csv</c>.</summary>
    Pupils,

    /// <summary>Daily absence: <c>verzuim_*.csv</c>.</summary>
    Absences,

    /// <summary>The school's thuiszitter registrations: <c>thuiszitters_*.csv</c>.</summary>
    Registrations,
}
