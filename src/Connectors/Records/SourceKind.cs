namespace Thuiszitters.Connectors;

public enum SourceKind
{
    Edex,
    PupilsCsv,
    AbsencesCsv,
    RegistrationsCsv,
    RodBatch,
    BrpExtract,
}
