namespace Thuiszitters.Generator.Model;

/// <summary>
/// Everything one pupil index contributes to the drop folder, and what the register must conclude
/// from it. One instance is reused for every index of a pass (<see cref="Clear"/>).
/// </summary>
internal sealed class RegionCase
{
    /// <summary>The builder that made the case: "background" or a scenario name.</summary>
    public string Scenario { get; set; } = "";

    public List<Person> Persons { get; } = [];

    public List<AdminEnrolment> Enrolments { get; } = [];

    public List<AbsenceDay> Absences { get; } = [];

    public List<Registration> Registrations { get; } = [];

    public List<RodPerson> RodPersons { get; } = [];

    public List<RodEnrolment> RodEnrolments { get; } = [];

    public List<RodReport> RodReports { get; } = [];

    public List<RodExemption> RodExemptions { get; } = [];

    /// <summary>Persons with a KOP record (always in the complete delivery).</summary>
    public List<Person> RodLinks { get; } = [];

    public List<BrpEntry> Brp { get; } = [];

    public List<ExpectedPupil> ExpectedPupils { get; } = [];

    public List<ExpectedConflict> ExpectedConflicts { get; } = [];

    public void Clear()
    {
        Scenario = "";
        Persons.Clear();
        Enrolments.Clear();
        Absences.Clear();
        Registrations.Clear();
        RodPersons.Clear();
        RodEnrolments.Clear();
        RodReports.Clear();
        RodExemptions.Clear();
        RodLinks.Clear();
        Brp.Clear();
        ExpectedPupils.Clear();
        ExpectedConflicts.Clear();
    }
}
