using Thuiszitters.Generator.Model;
using Thuiszitters.Generator.Rules;

namespace Thuiszitters.Generator.Cases;

/// <summary>
/// Collects the records of one pupil index into a <see cref="RegionCase"/>, with the bookkeeping that
/// keeps sources consistent unless a scenario says otherwise: an enrolment goes to the school's
/// administration (when it exports) and to ROD in the right batch, every person known to DUO gets a
/// PER record, every resident with a BSN a BRP row.
/// </summary>
internal sealed class CaseBuilder(RegionSetup setup)
{
    private readonly List<(Person Person, DateOnly Settled)> _settled = [];
    private readonly List<(Person Person, DateOnly BirthDate)> _brpBirthDates = [];
    private readonly List<Person> _notInBrp = [];
    private readonly List<Person> _knownToDuo = [];
    private int _index;
    private int _reports;

    public RegionCase Case { get; } = new();

    public DateOnly AsOf => setup.AsOf;

    public void Start(int index, string scenario)
    {
        Case.Clear();
        Case.Scenario = scenario;
        _settled.Clear();
        _brpBirthDates.Clear();
        _notInBrp.Clear();
        _knownToDuo.Clear();
        _index = index;
        _reports = 0;
    }

    public Person Add(Person person)
    {
        Case.Persons.Add(person);
        return person;
    }

    /// <summary>An enrolment as both the school (if it exports) and ROD know it.</summary>
    public void Enrol(Person p, SchoolInfo school, DateOnly begin, DateOnly? end = null, string reason = "", string destination = "")
    {
        if (school.Exports)
        {
            Admin(p, school, begin, end, reason, destination);
        }

        Rod(p, school, begin, end);
    }

    public void Admin(Person p, SchoolInfo school, DateOnly begin, DateOnly? end, string reason = "", string destination = "", string? birthDateText = null)
    {
        if (!school.Exports)
        {
            throw new InvalidOperationException("An administration record for a school without exports.");
        }

        var why = end is null ? "" : reason.Length > 0 ? reason : destination.Length > 0 ? "VERHUIZING" : "ONBEKEND";
        Case.Enrolments.Add(new AdminEnrolment(p, school, begin, end, why, destination, birthDateText));
    }

    /// <summary>
    /// ROD's view of an enrolment: an enrolment begun after the complete delivery arrives in the partial
    /// one; one that ended on or after the complete delivery's date is open there and ended by a U mutation.
    /// </summary>
    public void Rod(Person p, SchoolInfo school, DateOnly begin, DateOnly? end)
    {
        var volgnummer = Case.RodEnrolments.Count(r => ReferenceEquals(r.Pupil, p) && r.School == school && r.Mutation == 'T') + 1;
        var complete = setup.RodCompleteDate;
        if (begin > complete)
        {
            RodRecord(new RodEnrolment(p, school, volgnummer, begin, end, 2, 'T'));
        }
        else if (end is null || end.Value < complete)
        {
            RodRecord(new RodEnrolment(p, school, volgnummer, begin, end, 1, 'T'));
        }
        else
        {
            RodRecord(new RodEnrolment(p, school, volgnummer, begin, null, 1, 'T'));
            RodRecord(new RodEnrolment(p, school, volgnummer, begin, end, 2, 'U'));
        }
    }

    public void RodRecord(RodEnrolment enrolment) => Case.RodEnrolments.Add(enrolment);

    public void Absence(Person p, SchoolInfo school, IEnumerable<DateOnly> days, int tenths, string code)
    {
        foreach (var day in days)
        {
            Case.Absences.Add(new AbsenceDay(p, school, day, tenths, code));
        }
    }

    public void Register(Person p, SchoolInfo school, DateOnly start, DateOnly? end, bool plan, string regiehouder, DateOnly reportedOn, string reason = "PSYCHISCH", bool offer = false) =>
        Case.Registrations.Add(new Registration(p, school, start, end, reason, offer, plan, regiehouder, reportedOn));

    /// <summary>A verzuimmelding; returns its meldingsnummer so a partial delivery can replace it.</summary>
    public long Report(Person p, SchoolInfo school, string kind, DateOnly begin, DateOnly? end, char status, int batch = 1, long? number = null, string withdrawalReason = "")
    {
        var nummer = number ?? (_index * 4L) + ++_reports;
        Case.RodReports.Add(new RodReport(p, school, nummer, kind, begin, end, status, withdrawalReason, batch));
        return nummer;
    }

    public void Exemption(Person p, string article, DateOnly begin, DateOnly? end, int batch = 1) =>
        Case.RodExemptions.Add(new RodExemption(p, article, begin, end, batch));

    /// <summary>DUO knows the person (a PER record) even without an enrolment, exemption or report.</summary>
    public void KnownToDuo(Person p) => _knownToDuo.Add(p);

    public void SettledOn(Person p, DateOnly settled) => _settled.Add((p, settled));

    public void BrpBirthDate(Person p, DateOnly birthDate) => _brpBirthDates.Add((p, birthDate));

    public void NotInBrp(Person p) => _notInBrp.Add(p);

    public void Expect(Person p, string status, DateOnly? since = null)
    {
        if (PupilStatus.HasSince(status) != since.HasValue)
        {
            throw new InvalidOperationException($"Status {status} and since do not fit together ({Case.Scenario}).");
        }

        Case.ExpectedPupils.Add(new ExpectedPupil(p.Pgn, status, since, StatusBands.For(status, since, AsOf)));
    }

    public void Conflict(string code, Person p, SchoolInfo? school = null, DateOnly? date = null) =>
        Case.ExpectedConflicts.Add(new ExpectedConflict(code, p.Pgn, school?.Code, date));

    public void Conflict(string code, string pgn, SchoolInfo? school, DateOnly? date) =>
        Case.ExpectedConflicts.Add(new ExpectedConflict(code, pgn, school?.Code, date));

    /// <summary>Adds the derived records (PER, KOP, BRP) and checks the case is complete.</summary>
    public RegionCase Finish()
    {
        foreach (var person in Case.Persons.Where(p => !p.Quarantined))
        {
            AddDerived(person);
        }

        CaseChecks.Verify(Case, AsOf);
        return Case;
    }

    private void AddDerived(Person person)
    {
        var batches = Case.RodEnrolments.Where(r => ReferenceEquals(r.Pupil, person)).Select(r => r.Batch)
            .Concat(Case.RodReports.Where(r => ReferenceEquals(r.Pupil, person)).Select(r => r.Batch))
            .Concat(Case.RodExemptions.Where(r => ReferenceEquals(r.Pupil, person)).Select(r => r.Batch))
            .ToList();
        if (person.Startkwalificatie is not null || person.KopLinked || _knownToDuo.Any(p => ReferenceEquals(p, person)))
        {
            batches.Add(1);
        }

        if (batches.Count > 0)
        {
            Case.RodPersons.Add(new RodPerson(person, person.BirthDate, batches.Min()));
        }

        if (person.KopLinked)
        {
            Case.RodLinks.Add(person);
        }

        var age = DutyRules.AgeOn(person.BirthDate, AsOf);
        if (person.Bsn is not null && age is >= 4 and <= 18 && !_notInBrp.Any(p => ReferenceEquals(p, person)))
        {
            var settled = _settled.Where(s => ReferenceEquals(s.Person, person)).Select(s => (DateOnly?)s.Settled).FirstOrDefault();
            var birth = _brpBirthDates.Where(s => ReferenceEquals(s.Person, person)).Select(s => (DateOnly?)s.BirthDate).FirstOrDefault();
            Case.Brp.Add(new BrpEntry(person, birth ?? person.BirthDate, settled ?? person.BirthDate));
        }
    }
}
