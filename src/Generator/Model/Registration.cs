namespace Thuiszitters.Generator.Model;

/// <summary>One row of a school's thuiszitters export.</summary>
internal sealed record Registration(
    Person Pupil,
    SchoolInfo School,
    DateOnly Start,
    DateOnly? End,
    string Reason,
    bool Offer,
    bool Plan,
    string Regiehouder,
    DateOnly ReportedOn)
{
    public static readonly IReadOnlyList<string> Reasons =
        ["PSYCHISCH", "LICHAMELIJK", "GEDRAG", "SCHOOLANGST", "ONDERWIJSAANBOD", "GEZIN", "ONBEKEND"];
}
