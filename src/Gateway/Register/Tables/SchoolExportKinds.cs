namespace Thuiszitters.Gateway.Register.Entities;

/// <summary>The values of <c>school_export_state.kind</c>: EDEX and <c>leerlingen_*.csv</c> are both <see cref="Pupils"/>.</summary>
internal static class SchoolExportKinds
{
    public const string Pupils = "PUPILS";
    public const string Absences = "ABSENCES";
    public const string Registrations = "REGISTRATIONS";
}
