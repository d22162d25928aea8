using Thuiszitters.Generator.Cases;
using Thuiszitters.Generator.Model;
using Thuiszitters.Generator.People;
using Thuiszitters.Generator.Rules;

namespace Thuiszitters.Generator.Scenarios;

/// <summary>What a planted scenario builder works with: the pupil's random stream, dates relative to the as-of date, schools and persons.</summary>
internal sealed class ScenarioContext(RegionSetup setup, PersonFactory people, CaseBuilder builder, PupilRandom rng)
{
    public CaseBuilder B => builder;

    public PupilRandom Rng => rng;

    public int Index { get; private set; }

    /// <summary>How many earlier indices carried the same scenario: varies dates and names between copies.</summary>
    public int Occurrence { get; private set; }

    public DateOnly AsOf => setup.AsOf;

    public DateOnly SchoolYearStart => setup.SchoolYearStart;

    public void Begin(int index, int occurrence)
    {
        Index = index;
        Occurrence = occurrence;
    }

    /// <summary>The as-of date plus <paramref name="offset"/> days.</summary>
    public DateOnly Day(int offset) => setup.AsOf.AddDays(offset);

    /// <summary>Picks from <paramref name="choices"/> by occurrence, so every choice occurs in a large region.</summary>
    public T Vary<T>(params T[] choices) => choices[Occurrence % choices.Length];

    public Person Pupil(int minAge, int maxAge, Identity identity = Identity.Bsn) =>
        PupilBornOn(people.BirthForAge(rng, minAge, maxAge), identity);

    public Person PupilBornOn(DateOnly birth, Identity identity = Identity.Bsn, int ordinal = 0) =>
        builder.Add(people.Create(rng, Index, birth, identity, ordinal));

    /// <summary>A person not yet added to the case (to be changed with <c>with</c> first).</summary>
    public Person Draft(DateOnly birth, Identity identity = Identity.Bsn, int ordinal = 0) => people.Create(rng, Index, birth, identity, ordinal);

    public DateOnly BirthForAge(int minAge, int maxAge) => people.BirthForAge(rng, minAge, maxAge);

    public static Sector SectorOf(Person p, DateOnly asOf) => DutyRules.AgeOn(p.BirthDate, asOf) >= 12 ? Sector.VO : Sector.PO;

    /// <summary>A school of the pupil's sector; exporting true/false restricts to schools with/without exports.</summary>
    public SchoolInfo School(Person p, bool? exporting = null, ExportKind? kind = null, SchoolInfo? except = null) =>
        setup.PickSchool(rng, SectorOf(p, AsOf), s => (exporting is null || s.Exports == exporting) && (kind is null || s.Export == kind), except);

    /// <summary>When the pupil started at the current school (years ago, or this August for a brugklas pupil).</summary>
    public DateOnly UsualBegin(Person p) =>
        SectorOf(p, AsOf) == Sector.PO ? EnrolmentDates.Primary(p.BirthDate) : EnrolmentDates.Secondary(p.BirthDate, SchoolYearStart);

    /// <summary>Stops the generator when a planted case does not have the duty its outcome assumes.</summary>
    public void RequireDuty(Person p, DateOnly day, bool duty)
    {
        if (DutyRules.HasDuty(p.BirthDate, p.Startkwalificatie, day) != duty)
        {
            throw new InvalidOperationException($"Scenario '{B.Case.Scenario}' assumed duty={duty} on a day where the rules say otherwise.");
        }
    }
}
