namespace Thuiszitters.Gateway.Register.Entities;

/// <summary>The values of <c>deliveries.kind</c> and <c>quarantined_records.kind</c>: the source format.</summary>
internal static class DeliveryKinds
{
    public const string Edex = "EDEX";
    public const string PupilsCsv = "PUPILS_CSV";
    public const string AbsencesCsv = "ABSENCES_CSV";
    public const string RegistrationsCsv = "REGISTRATIONS_CSV";
    public const string RodBatch = "ROD_BATCH";
    public const string BrpExtract = "BRP_EXTRACT";

    /// <summary>A file whose name matches no source format.</summary>
    public const string Unknown = "UNKNOWN";
}
