using Thuiszitters.Connectors;
using Thuiszitters.Gateway.Reconciliation.Facts;

namespace Thuiszitters.Gateway.Tests.Reconciliation;

/// <summary>Builds <see cref="PersonFacts"/> one source fact at a time, with dates always given explicitly.</summary>
internal sealed class PersonFactsBuilder
{
    public const string DefaultPgn = "111222333";

    private readonly string? _pgn;
    private readonly List<BirthDateFact> _births = [];
    private readonly List<EnrolmentFact> _enrolments = [];
    private readonly List<AbsenceFact> _absences = [];
    private readonly List<ReportFact> _reports = [];
    private readonly List<ExemptionFact> _exemptions = [];
    private readonly List<RegistrationFact> _registrations = [];
    private readonly List<ResidenceFact> _residences = [];
    private DateOnly? _startkwalificatie;
    private int _meldingsnummer = 1;

    public PersonFactsBuilder(string? pgn = DefaultPgn) => _pgn = pgn;

    /// <summary>
    /// A 12-year-old (born 2013-05-20, so with leerplicht throughout 2025-2027) enrolled at <see cref="TestRegion.School"/>
    /// since 2025-08-18, and ROD agreeing.
    /// </summary>
    public static PersonFactsBuilder EnrolledPupil(string? pgn = DefaultPgn) =>
        new PersonFactsBuilder(pgn)
            .Born(Iso.D("2013-05-20"))
            .Enrolled(TestRegion.School, Iso.D("2025-08-18"))
            .InRod(TestRegion.School, Iso.D("2025-08-18"));

    public PersonFactsBuilder Born(DateOnly date, FactSource source = FactSource.Rod, string? school = null) =>
        Born(PartialDate.FromDate(date), source, school);

    public PersonFactsBuilder Born(PartialDate date, FactSource source, string? school = null)
    {
        _births.Add(new BirthDateFact(date, source, school));
        return this;
    }

    /// <summary>An enrolment in the school's own administration.</summary>
    public PersonFactsBuilder Enrolled(string school, DateOnly begin, DateOnly? end = null)
    {
        _enrolments.Add(new EnrolmentFact(school, begin, end, FactSource.School));
        return this;
    }

    /// <summary>An enrolment in ROD.</summary>
    public PersonFactsBuilder InRod(string school, DateOnly begin, DateOnly? end = null)
    {
        _enrolments.Add(new EnrolmentFact(school, begin, end, FactSource.Rod, _enrolments.Count + 1));
        return this;
    }

    public PersonFactsBuilder Absent(string school, DateOnly date, decimal hours, bool unauthorised = true)
    {
        _absences.Add(new AbsenceFact(school, date, hours, unauthorised));
        return this;
    }

    /// <summary>Unauthorised absence on every calendar day from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public PersonFactsBuilder AbsentDaily(string school, DateOnly from, DateOnly to, decimal hours)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            Absent(school, day, hours);
        }

        return this;
    }

    /// <summary>Unauthorised absence on every weekday (Monday to Friday) from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public PersonFactsBuilder AbsentWeekdays(string school, DateOnly from, DateOnly to, decimal hours)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                Absent(school, day, hours);
            }
        }

        return this;
    }

    /// <summary>A DUO verzuimmelding.</summary>
    public PersonFactsBuilder Reported(string school, string soort, DateOnly begin, DateOnly? end = null, char status = 'G')
    {
        _reports.Add(new ReportFact((_meldingsnummer++).ToString(System.Globalization.CultureInfo.InvariantCulture), school, soort, begin, end, status));
        return this;
    }

    /// <summary>A vrijstelling (or, for article 3A, vervangende leerplicht).</summary>
    public PersonFactsBuilder Exempt(string artikel, DateOnly begin, DateOnly? end = null)
    {
        _exemptions.Add(new ExemptionFact(artikel, begin, end));
        return this;
    }

    /// <summary>A school's own thuiszitter registration; reported (Gemeld op) on its start unless given.</summary>
    public PersonFactsBuilder Registered(
        string school, DateOnly start, DateOnly? end = null, bool plan = false, string? regiehouder = null, DateOnly? gemeldOp = null)
    {
        _registrations.Add(new RegistrationFact(school, start, end, plan, regiehouder, gemeldOp ?? start));
        return this;
    }

    public PersonFactsBuilder LivesIn(string gemeente, FactSource source, DateOnly knownOn, DateOnly? settled = null)
    {
        _residences.Add(new ResidenceFact(gemeente, source, knownOn, settled));
        return this;
    }

    public PersonFactsBuilder Startkwalificatie(DateOnly diploma)
    {
        _startkwalificatie = diploma;
        return this;
    }

    public PersonFacts Build() => new(_pgn)
    {
        BirthDates = [.. _births],
        Enrolments = [.. _enrolments],
        Absences = [.. _absences],
        Reports = [.. _reports],
        Exemptions = [.. _exemptions],
        Registrations = [.. _registrations],
        Residences = [.. _residences],
        Startkwalificatie = _startkwalificatie,
    };
}
