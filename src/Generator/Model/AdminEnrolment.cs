namespace Thuiszitters.Generator.Model;

/// <summary>An enrolment in a school's own administration (one leerlingen row or EDEX leerling).</summary>
/// <param name="BirthDateText">The birth date as the school writes it when it differs from the person's (yyyy-mm-dd, yyyy-mm or yyyy).</param>
internal sealed record AdminEnrolment(
    Person Pupil,
    SchoolInfo School,
    DateOnly Begin,
    DateOnly? End,
    string Reason,
    string Destination,
    string? BirthDateText);
