namespace Thuiszitters.Connectors.SisApi;

/// <summary>
/// One pupil as the school-system API gives it (<c>contracts/sis-api</c>, schema <c>Student</c>): a row of
/// <c>leerlingen_*.csv</c> in English JSON. The parameters without a default are required in the JSON (a nullable one as
/// <c>null</c>); identifiers are checked later, as a file's are.
/// </summary>
public sealed record SisStudent(
    string StudentNumber,
    string? Bsn,
    string? EducationNumber,
    string Surname,
    DateOnly EnrolmentDate,
    DateTimeOffset ChangedAt,
    string? SurnamePrefix = null,
    string? FirstNames = null,
    string? PreferredName = null,
    DateOnly? BirthDate = null,
    string? Gender = null,
    string? Postcode = null,
    string? MunicipalityCode = null,
    DateOnly? DeregistrationDate = null,
    string? DeregistrationReason = null,
    string? DestinationSchool = null);
