namespace Thuiszitters.Gateway.Tests.Infrastructure;

/// <summary>Entry points of the source-file builders (file names and formats as in INPUTS.md).</summary>
public static class SourceFiles
{
    public static RodBatchBuilder RodComplete(string recipient, long batch, string created = "20260401") => new(recipient, batch, 'C', created);

    public static RodBatchBuilder RodPartial(string recipient, long batch, string created = "20260408") => new(recipient, batch, 'P', created);

    /// <summary><paramref name="date"/> as in the file name: <c>yyyymmdd</c>.</summary>
    public static PupilsCsvBuilder Pupils(string school, string date) => new(school, date);

    public static AbsencesCsvBuilder Absences(string school, string date) => new(school, date);

    public static RegistrationsCsvBuilder Registrations(string school, string date) => new(school, date);

    public static BrpExtractBuilder Brp(string gemeente, string date) => new(gemeente, date);

    public static EdexExportBuilder Edex(string school, string date) => new(school, date);
}
